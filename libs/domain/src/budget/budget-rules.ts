import { StepRuleError } from '../journey/step-errors';
import { BASIS_POINTS, isPence, sumFunders } from './funding';
import type { BudgetPart } from './personal-budget';

export interface BudgetProposal {
  totalPence: number;
  byFunder: Record<'nhs' | 'socialCare' | 'education', number>;
  contributionPence: number;
  parts: BudgetPart[];
  approvedBy: string | null;
  varianceThresholdBasisPoints: number;
}

export interface BudgetContext {
  planCostPence: number;
  indicativeTotalPence: number;
}

/**
 * The rules a final budget must meet (each refusal names its field): the person's contribution is
 * at most the total; its parts and its funding streams add up to the total; the total covers the agreed plan's cost; a difference from the
 * indicative total beyond the site's threshold needs a recorded approval; a direct payment needs
 * the person's recorded consent and an offer of direct payment support.
 */
export function assertBudgetRules(proposal: BudgetProposal, context: BudgetContext): void {
  const amounts = [proposal.totalPence, proposal.contributionPence, ...Object.values(proposal.byFunder)];
  if (!amounts.every(isPence) || !proposal.parts.every((part) => isPence(part.amountPence))) {
    throw new StepRuleError('totalPence', 'amounts must be whole numbers of pence, 0 or more');
  }
  if (proposal.contributionPence > proposal.totalPence) {
    throw new StepRuleError('contributionPence', `must not exceed the total of ${proposal.totalPence} pence`);
  }
  const partsTotal = proposal.parts.reduce((total, part) => total + part.amountPence, 0);
  if (partsTotal !== proposal.totalPence) {
    throw new StepRuleError('parts', `add up to ${partsTotal} pence, not the total of ${proposal.totalPence}`);
  }
  const fundingTotal = sumFunders(proposal.byFunder);
  if (fundingTotal !== proposal.totalPence) {
    throw new StepRuleError(
      'fundingStreams',
      `add up to ${fundingTotal} pence, not the total of ${proposal.totalPence}`,
    );
  }
  if (proposal.totalPence < context.planCostPence) {
    throw new StepRuleError('totalPence', `must cover the agreed plan's cost of ${context.planCostPence} pence`);
  }
  const difference = Math.abs(proposal.totalPence - context.indicativeTotalPence);
  if (
    difference * BASIS_POINTS > proposal.varianceThresholdBasisPoints * context.indicativeTotalPence &&
    !proposal.approvedBy
  ) {
    throw new StepRuleError(
      'approvedBy',
      `the budget differs from the indicative ${context.indicativeTotalPence} pence by more than the site's threshold: an approval is required`,
    );
  }
  proposal.parts.forEach((part, index) => {
    if (part.deployment !== 'direct-payment') return;
    if (!part.directPayment?.consentGivenOn) {
      throw new StepRuleError(
        `parts[${index}].directPayment.consentGivenOn`,
        "a direct payment needs the person's recorded consent",
      );
    }
    if (!part.directPayment.supportOffered) {
      throw new StepRuleError(`parts[${index}].directPayment.supportOffered`, 'direct payment support must be offered');
    }
  });
}
