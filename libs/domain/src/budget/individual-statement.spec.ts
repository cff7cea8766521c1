import { StepRuleError } from '../journey/step-errors';
import { issueIndividualStatement } from './individual-statement';
import type { ResourceAllocation } from './resource-allocation';

const allocation: ResourceAllocation = {
  referenceCosts: [
    {
      cohort: 'learning-disability-autism',
      needBand: 'high',
      annualPence: { nhs: 1_000_001, socialCare: 500_000, education: 250_000 },
    },
  ],
  personalBudgetShareBasisPoints: { nhs: 3333, socialCare: 10_000, education: 0 },
  communityServices: ['Library'],
  varianceThresholdBasisPoints: 1000,
  statementCycle: 'budget-anniversary',
};

describe(issueIndividualStatement.name, () => {
  it('should take the contribution from social care, count it in the total, and round each share down to the penny', () => {
    const statement = issueIndividualStatement(allocation, {
      cohort: 'learning-disability-autism',
      needBand: 'high',
      contributionPence: 100_000,
    });
    expect(statement).toMatchObject({
      byFunder: { nhs: 1_000_001, socialCare: 400_000, education: 250_000 },
      // The funders' shares and the contribution: the whole budget, as a final budget's total is.
      indicativeTotalPence: 1_750_001,
      fundersTotalPence: 1_650_001,
      contributionPence: 100_000,
      // 1,000,001 x 33.33% = 333,300.33 -> 333,300; social care in full; no education share
      personalBudgetSharePence: 333_300 + 400_000,
    });
    expect(statement.explanation[1].inputs).toMatchObject({
      assessedContributionPence: 100_000,
      socialCarePence: 400_000,
    });
  });

  it('should never take social care below zero', () => {
    const statement = issueIndividualStatement(allocation, {
      cohort: 'learning-disability-autism',
      needBand: 'high',
      contributionPence: 900_000,
    });
    expect(statement.byFunder.socialCare).toBe(0);
    expect(statement.contributionPence).toBe(500_000);
  });

  it('should refuse a profile the site has no reference cost for, naming the need band', () => {
    expect(() =>
      issueIndividualStatement(allocation, {
        cohort: 'learning-disability-autism',
        needBand: 'low',
        contributionPence: 0,
      }),
    ).toThrow(StepRuleError);
  });
});
