import { randomUUID } from 'node:crypto';
import type { AnyJourneyStep, JourneyStage, StepActor, StepPayloads } from '@ipc/domain';

type BenchStepName = Exclude<keyof StepPayloads, 'closure'>;

/**
 * One care-team step as each path sends it: the HTTP body (decision plus narrative) and the
 * payload the API would derive from it for the journey workflow (decision only).
 */
type BenchStep = {
  [N in BenchStepName]: { name: N; httpPath: string; httpBody: Record<string, unknown>; payload: StepPayloads[N] };
}[BenchStepName];

/** The stage every benchmark journey ends in after the six steps. */
export const FINAL_STAGE: JourneyStage = 'plan-agreed';

const ANNUAL_COST_PENCE = 520_000;
const COORDINATOR_ID = 'bench-coordinator';
const COMMUNITY_CONNECTOR_ID = 'bench-connector';

/** Referral to an agreed care plan, the longest route the pathway has today. Fresh item ids per call. */
export function stepsToAgreedPlan(): BenchStep[] {
  return [
    {
      name: 'identification',
      httpPath: 'identification',
      httpBody: { eligible: true, consentToShare: true },
      payload: { eligible: true, consentToShare: true },
    },
    {
      name: 'offer',
      httpPath: 'offer',
      httpBody: {
        informationFormat: 'standard',
        language: 'en',
        advocacy: 'offered',
        communityConnectorId: COMMUNITY_CONNECTOR_ID,
      },
      payload: {
        informationFormat: 'standard',
        language: 'en',
        advocacy: 'offered',
        communityConnectorId: COMMUNITY_CONNECTOR_ID,
      },
    },
    {
      name: 'guided-conversation',
      httpPath: 'guided-conversation',
      httpBody: {
        whatMatters: 'Staying independent at home and getting out to the allotment.',
        goals: [
          {
            goal: 'Walk to the allotment twice a week',
            actions: ['Physiotherapy referral', 'Buddy from the walking group'],
          },
        ],
        communityConnections: [],
        peerSupport: ['group'],
        referralsMade: [],
        carersIdentified: [],
        outcome: 'care-planning',
      },
      payload: { outcome: 'care-planning', peerSupport: ['group'], referralsMade: 0, carersIdentified: 0 },
    },
    { name: 'activation', httpPath: 'activation', httpBody: { score: 52.3 }, payload: { score: 52.3 } },
    {
      name: 'care-plan',
      httpPath: 'care-plan',
      httpBody: {
        coordinatorId: COORDINATOR_ID,
        outcomes: [{ area: 'health', description: 'Fewer unplanned admissions for breathlessness' }],
        supportItems: [
          {
            description: 'Personal assistant, 4 hours a week',
            provider: 'Riverside Home Care',
            annualCostPence: ANNUAL_COST_PENCE,
          },
        ],
        involved: [],
        risks: [],
        contingency: {
          contact: 'Care coordinator on 01632 960000',
          plan: 'Call the coordinator; out of hours, call 111.',
        },
      },
      payload: { coordinatorId: COORDINATOR_ID, items: [{ itemId: randomUUID(), annualCostPence: ANNUAL_COST_PENCE }] },
    },
    {
      name: 'care-plan-agreement',
      httpPath: 'care-plan/agreement',
      httpBody: { planVersion: 1 },
      payload: { planVersion: 1 },
    },
  ];
}

/** The step as the API would hand it to the journey workflow. */
export function toJourneyStep(step: BenchStep, actor: StepActor, effectiveDate: string): AnyJourneyStep {
  const { name, payload } = step;
  // name and payload come from one table entry, so they match; TypeScript loses that once they are split.
  return { name, payload, requestId: randomUUID(), actor, effectiveDate } as AnyJourneyStep;
}
