import { randomUUID } from 'node:crypto';
import type { BudgetPart, IndividualStatement, ResourceAllocation } from '@ipc/domain';
import type { JourneyStepDraft } from '../participants/journey.steps';
import type { BudgetDeclineDto, BudgetDto, DirectPaymentWithdrawalDto } from './dto/budget.dto';
import type { IndicativeBudgetDto } from './dto/indicative-budget.dto';

/** The Individual Statement of Resources worked out from the site's rules, issued on the journey. */
export const indicativeBudgetStep = (
  dto: IndicativeBudgetDto,
  statement: IndividualStatement,
): JourneyStepDraft<'indicative-budget'> => ({
  name: 'indicative-budget',
  payload: { statement },
  narrative: {},
  effectiveDate: dto.effectiveDate,
});

/** A budget approver's approval of the total, as recorded: the approver's staff id came from their token. */
export interface GivenApproval {
  approvedBy: string;
  reason: string;
}

/**
 * The final or revised budget, with the site's variance threshold and statement cycle so the
 * workflow's rules stay pure, and the approval of its total by another staff member if there is
 * one. Parts without an id get a new one (`newId`); approval and revision reasons stay in
 * PostgreSQL, only whether a reason was given travels.
 */
export function budgetStep(
  dto: BudgetDto,
  allocation: ResourceAllocation,
  approval: GivenApproval | undefined,
  newId: () => string = randomUUID,
): JourneyStepDraft<'budget'> {
  const parts: BudgetPart[] = dto.parts.map((part) => ({
    partId: part.partId ?? newId(),
    deployment: part.deployment,
    amountPence: part.amountPence,
    holder: part.holder ? { type: part.holder.type, reference: part.holder.reference } : null,
    directPayment: part.directPayment
      ? { consentGivenOn: part.directPayment.consentGivenOn, supportOffered: part.directPayment.supportOffered }
      : null,
    withdrawnOn: null,
  }));
  return {
    name: 'budget',
    payload: {
      totalPence: dto.totalPence,
      byFunder: {
        nhs: dto.fundingStreams.nhs,
        socialCare: dto.fundingStreams.socialCare,
        education: dto.fundingStreams.education,
      },
      contributionPence: dto.contributionPence,
      parts,
      approvedBy: approval?.approvedBy ?? null,
      varianceThresholdBasisPoints: allocation.varianceThresholdBasisPoints,
      statementCycle: allocation.statementCycle,
      revisionReasonGiven: dto.reason !== undefined,
      contributionInTotal: true,
    },
    narrative: { approvalReason: approval?.reason, reason: dto.reason },
    effectiveDate: dto.effectiveDate,
  };
}

/** A decline with the site's statement cycle (when it has set one), for the statements of resources used. */
export const budgetDeclineStep = (
  dto: BudgetDeclineDto,
  allocation: ResourceAllocation | null,
): JourneyStepDraft<'budget-decline'> => ({
  name: 'budget-decline',
  payload: allocation ? { statementCycle: allocation.statementCycle } : {},
  narrative: { reason: dto.reason },
  effectiveDate: dto.effectiveDate,
});

export const directPaymentWithdrawalStep = (
  dto: DirectPaymentWithdrawalDto,
): JourneyStepDraft<'direct-payment-withdrawal'> => ({
  name: 'direct-payment-withdrawal',
  payload: { partId: dto.partId },
  narrative: { reason: dto.reason },
  effectiveDate: dto.effectiveDate,
});
