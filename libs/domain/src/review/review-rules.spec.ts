import { DEFAULT_REVIEW_RULES, type ReviewRule, reviewRuleProblems } from './review-rules';

const rule = (overrides: Partial<ReviewRule> = {}): ReviewRule => ({
  id: 'phb',
  appliesTo: 'nhs-funding',
  firstAfter: { months: 3 },
  thenEveryMonths: 12,
  ...overrides,
});

describe(reviewRuleProblems.name, () => {
  it('should accept the pathway guide defaults and a first review in weeks, months or both', () => {
    expect(reviewRuleProblems(DEFAULT_REVIEW_RULES)).toEqual([]);
    expect(reviewRuleProblems([rule({ firstAfter: { weeks: 0, months: 1 } })])).toEqual([]);
  });

  it('should name a rule that does not say when the first review falls', () => {
    expect(reviewRuleProblems([rule(), rule({ id: 'dp', firstAfter: {} })])).toEqual([
      { field: 'rules[1].firstAfter', reason: 'must give weeks, months or both' },
    ]);
  });

  it('should name each rule whose id an earlier rule has', () => {
    expect(reviewRuleProblems([rule(), rule({ id: 'dp' }), rule(), rule({ id: 'dp' })])).toEqual([
      { field: 'rules[2].id', reason: 'duplicates rules[0].id (phb)' },
      { field: 'rules[3].id', reason: 'duplicates rules[1].id (dp)' },
    ]);
  });
});
