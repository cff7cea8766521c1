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
  /**
   * The contribution is part of the total: the funders' shares and the contribution make it, and it
   * equals the plan's cost. Absent in budgets set before, whose funders' shares made the total alone.
   */
  contributionInTotal?: true;
}

export interface BudgetContext {
  /** The cost of the plan the budget funds: the draft waiting for agreement, else the plan in force. */
  planCostPence: number;
  indicativeTotalPence: number;
  /** What the funders pay of the indicative total (all of it in an ISR issued before it held the contribution). */
  indicativeFundersPence: number;
}

/**
 * The rules a final budget must meet (each refusal names its field): the person's contribution is
 * at most the total; its parts add up to the total, and so do the funders' shares with the
 * contribution; the total is the plan's cost; a difference between what the funders pay and what
 * the ISR said they would pay beyond the site's threshold needs a recorded approval (like with like:
 * the contribution on neither side); a direct payment needs the person's recorded consent and an
 * offer of direct payment support. Budgets set before the contribution was part of the total replay
 * under their own rules: the funders' shares made the total, which covered the plan.
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
  if (proposal.contributionInTotal) assertFundingWithContribution(proposal, context);
  else assertFundingBeforeContribution(proposal, context);
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

function assertFundingWithContribution(proposal: BudgetProposal, context: BudgetContext): void {
  const funders = sumFunders(proposal.byFunder);
  if (funders + proposal.contributionPence !== proposal.totalPence) {
    throw new StepRuleError(
      'fundingStreams',
      `add up to ${funders} pence with the contribution of ${proposal.contributionPence}, not the total of ${proposal.totalPence}`,
    );
  }
  if (proposal.totalPence !== context.planCostPence) {
    throw new StepRuleError('totalPence', `must equal the plan's cost of ${context.planCostPence} pence`);
  }
  assertVarianceApproved(proposal, funders, context.indicativeFundersPence);
}

function assertFundingBeforeContribution(proposal: BudgetProposal, context: BudgetContext): void {
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
  assertVarianceApproved(proposal, proposal.totalPence, context.indicativeTotalPence);
}

/** A difference from the indicative figure beyond the site's threshold needs a recorded approval. */
function assertVarianceApproved(proposal: BudgetProposal, finalPence: number, indicativePence: number): void {
  const difference = Math.abs(finalPence - indicativePence);
  if (difference * BASIS_POINTS > proposal.varianceThresholdBasisPoints * indicativePence && !proposal.approvedBy) {
    throw new StepRuleError(
      'approvedBy',
      `the budget differs from the indicative ${indicativePence} pence by more than the site's threshold: an approval is required`,
    );
  }
}
