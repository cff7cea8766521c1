import type { Cohort } from '../cohorts';
import { StepRuleError } from '../journey/step-errors';
import { FUNDERS, type FunderAmounts, type NeedBand, shareOf, sumFunders } from './funding';
import type { ResourceAllocation } from './resource-allocation';

export interface StatementExplanation {
  figure: string;
  rule: string;
  inputs: Record<string, string | number>;
}

/** The Individual Statement of Resources: an early, honest indication, not an entitlement. */
export interface IndividualStatement {
  cohort: Cohort;
  needBand: NeedBand;
  /** The funders' shares and the person's contribution: the whole budget, as a final budget's total is. */
  indicativeTotalPence: number;
  /** What the funders pay; absent in ISRs issued before the total held the contribution. */
  fundersTotalPence?: number;
  byFunder: FunderAmounts;
  contributionPence: number;
  personalBudgetSharePence: number;
  communityServices: string[];
  explanation: StatementExplanation[];
}

export interface IndividualStatementRequest {
  cohort: Cohort;
  needBand: NeedBand;
  /** The person's assessed contribution to social care after a financial assessment. */
  contributionPence: number;
}

/**
 * Works out the ISR from the site's reference costs: the average annual expenditure for people with
 * this cohort and need band, social care less the person's contribution (never below zero), the
 * total of the funders' shares and the contribution, and the share of each funder's amount that can
 * be taken as a personal budget.
 */
export function issueIndividualStatement(
  allocation: ResourceAllocation,
  { cohort, needBand, contributionPence }: IndividualStatementRequest,
): IndividualStatement {
  const reference = allocation.referenceCosts.find((cost) => cost.cohort === cohort && cost.needBand === needBand);
  if (!reference)
    throw new StepRuleError('needBand', `the site has no reference cost for ${cohort} at need band ${needBand}`);
  const appliedContribution = Math.min(contributionPence, reference.annualPence.socialCare);
  const byFunder = { ...reference.annualPence, socialCare: reference.annualPence.socialCare - appliedContribution };
  const fundersTotalPence = sumFunders(byFunder);
  const indicativeTotalPence = fundersTotalPence + appliedContribution;
  const shares = FUNDERS.map((funder) => shareOf(byFunder[funder], allocation.personalBudgetShareBasisPoints[funder]));
  const personalBudgetSharePence = shares.reduce((total, share) => total + share, 0);
  return {
    cohort,
    needBand,
    indicativeTotalPence,
    fundersTotalPence,
    byFunder,
    contributionPence: appliedContribution,
    personalBudgetSharePence,
    communityServices: allocation.communityServices,
    explanation: [
      {
        figure: 'reference annual cost',
        rule: 'the site’s average annual expenditure across services for people with this cohort and need band',
        inputs: { cohort, needBand, ...prefixed('referencePence', reference.annualPence) },
      },
      {
        figure: 'social care',
        rule: 'the reference social care cost less the assessed contribution, never below zero',
        inputs: {
          referenceSocialCarePence: reference.annualPence.socialCare,
          assessedContributionPence: contributionPence,
          socialCarePence: byFunder.socialCare,
        },
      },
      {
        figure: 'indicative total',
        rule: 'NHS + social care (after contribution) + education + the assessed contribution',
        inputs: {
          ...prefixed('pence', byFunder),
          contributionPence: appliedContribution,
          fundersTotalPence,
          indicativeTotalPence,
        },
      },
      {
        figure: 'personal budget share',
        rule: 'of each funder’s amount, the share the site allows as a personal budget, rounded down to the penny',
        inputs: {
          ...prefixed('shareBasisPoints', allocation.personalBudgetShareBasisPoints),
          personalBudgetSharePence,
        },
      },
    ],
  };
}

function prefixed(prefix: string, amounts: FunderAmounts): Record<string, number> {
  return Object.fromEntries(FUNDERS.map((funder) => [`${funder}.${prefix}`, amounts[funder]]));
}
