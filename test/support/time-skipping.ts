import { join } from 'node:path';
import type { AppConfig } from '@ipc/config';
import {
  type AnyJourneyStep,
  applyStep,
  issueIndividualStatement,
  type JourneyState,
  londonDate,
  type NewCarer,
  type ResourceAllocation,
  startJourney,
} from '@ipc/domain';
import { createDataConverter, installTemporalRuntime } from '@ipc/temporal';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { DataSource } from 'typeorm';
import { budgetBody } from '../factories/budget.factory';

const TEST_SERVER =
  process.env.TEMPORAL_TEST_SERVER_PATH ?? join(process.cwd(), 'tools/temporal/bin/temporal-test-server');

/** Temporal's time-skipping test server (installed by `npm run temporal:install`), with the app's codec. */
export async function startTimeSkippingServer(config: AppConfig): Promise<TestWorkflowEnvironment> {
  installTemporalRuntime(config.logLevel);
  return TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: TEST_SERVER } },
    client: { dataConverter: createDataConverter(config.temporal.payloadKey) },
  });
}

/** The test server's today, in Europe/London. */
export const serverToday = async (env: TestWorkflowEnvironment) => londonDate(new Date(await env.currentTimeMs()));

export interface AgreedPlan {
  participantId: string;
  siteId: string;
  teamId: string;
  coordinatorId: string;
  agreedOn: string;
  items: { itemId: string; description: string; provider: string; annualCostPence: number }[];
}

/** A journey at plan agreement with an ISR, built by the domain's own transitions. */
export function agreedJourney(plan: AgreedPlan, allocation: ResourceAllocation): JourneyState {
  const actor = { staffId: plan.coordinatorId, teamId: plan.teamId };
  const steps = [
    { name: 'identification', payload: { eligible: true, consentToShare: true } },
    {
      name: 'offer',
      payload: { informationFormat: 'large-print', language: 'en', advocacy: 'offered', communityConnectorId: 'c1' },
    },
    {
      name: 'guided-conversation',
      payload: { outcome: 'care-planning', peerSupport: [], referralsMade: 0, carersIdentified: 0 },
    },
    { name: 'activation', payload: { score: 61 } },
    {
      name: 'care-plan',
      payload: {
        coordinatorId: plan.coordinatorId,
        items: plan.items.map(({ itemId, annualCostPence }) => ({ itemId, annualCostPence })),
      },
    },
    { name: 'care-plan-agreement', payload: { planVersion: 1 } },
    {
      name: 'indicative-budget',
      payload: {
        statement: issueIndividualStatement(allocation, {
          cohort: 'multiple-long-term-conditions',
          needBand: 'high',
          contributionPence: 120_000,
        }),
      },
    },
  ].map(
    (step, index) => ({ ...step, actor, effectiveDate: plan.agreedOn, requestId: `setup-${index}` }) as AnyJourneyStep,
  );
  const referral = {
    participantId: plan.participantId,
    siteId: plan.siteId,
    teamId: plan.teamId,
    cohort: 'multiple-long-term-conditions' as const,
    referredOn: plan.agreedOn,
  };
  return steps.reduce((state, step) => applyStep(state, step), startJourney(referral));
}

/** The person's and the plan's rows as the API would have written them up to plan agreement. */
export async function insertAgreedParticipant(dataSource: DataSource, plan: AgreedPlan): Promise<void> {
  await dataSource.query(
    `INSERT INTO participants (id, site_id, team_id, nhs_number, date_of_birth, cohort, referral_source, referred_by,
                               referral_request_id, referred_on, stage, stage_entered_on)
     VALUES ($1, $2, $3, '9434765919', '1950-01-01', 'multiple-long-term-conditions', 'gp-referral', $4, $5, $6,
             'plan-agreed', $6)`,
    [plan.participantId, plan.siteId, plan.teamId, plan.coordinatorId, `referral-${plan.participantId}`, plan.agreedOn],
  );
  const total = plan.items.reduce((sum, item) => sum + item.annualCostPence, 0);
  await dataSource.query(
    `INSERT INTO care_plans (participant_id, version, request_id, coordinator_id, total_annual_cost_pence, content, agreed_on)
     VALUES ($1, 1, 'setup-4', $2, $3, $4, $5)`,
    [plan.participantId, plan.coordinatorId, total, { supportItems: plan.items }, plan.agreedOn],
  );
}

/** The final budget step (the factory's budget, which meets every rule), as the API would send it. */
export function budgetStep(plan: AgreedPlan, effectiveDate: string): AnyJourneyStep {
  const body = budgetBody();
  return {
    name: 'budget',
    requestId: 'budget-1',
    actor: { staffId: plan.coordinatorId, teamId: plan.teamId },
    effectiveDate,
    payload: {
      totalPence: body.totalPence,
      byFunder: body.fundingStreams,
      contributionPence: body.contributionPence,
      parts: body.parts.map((part, index) => ({
        partId: `part-${index}`,
        deployment: part.deployment as 'notional',
        amountPence: part.amountPence,
        holder: null,
        directPayment: part.directPayment ?? null,
        withdrawnOn: null,
      })),
      approvedBy: null,
      varianceThresholdBasisPoints: 1000,
      statementCycle: 'budget-anniversary',
      revisionReasonGiven: false,
      contributionInTotal: true,
    },
  };
}

/** The carer's row as the API would have written it; the workflow only ever sees the derived dates. */
export async function insertCarer(
  dataSource: DataSource,
  carer: NewCarer,
  dateOfBirth: string,
  childDateOfBirth?: string,
) {
  await dataSource.query(
    `INSERT INTO carers (id, site_id, team_id, kind, date_of_birth, child_date_of_birth, relationship, contact, preferences,
                         identified_on, transition_lead_days, registered_by, registration_request_id, stage,
                         stage_entered_on)
     VALUES ($1::uuid, $2, $3, $4, $5, $6, 'parent', '{"name":"Test Carer"}', '{"channel":"outbox"}', $7, $8, 'cc', $1::text,
             'identified', $7)`,
    [
      carer.carerId,
      carer.siteId,
      carer.teamId,
      carer.kind,
      dateOfBirth,
      childDateOfBirth ?? null,
      carer.identifiedOn,
      carer.transitionLeadDays,
    ],
  );
}
