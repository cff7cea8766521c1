import { type JourneyState, startJourney } from '../journey/journey-state';
import { isUnderFive, nextReviewDue } from './review-due';
import { DEFAULT_REVIEW_RULES } from './review-rules';

function agreed(ehcPlan: JourneyState['ehcPlan'], lastReviewOn: string | null = null): JourneyState {
  const start = startJourney({
    participantId: 'p-1',
    siteId: 'site-a',
    teamId: 'team-a',
    cohort: 'children-young-people-complex-needs',
    referredOn: '2026-01-05',
  });
  const carePlan = { version: 1, coordinatorId: 'cc', items: [], totalAnnualCostPence: 0, agreedOn: '2026-02-01' };
  return { ...start, stage: 'delivery', carePlan, ehcPlan, reviews: { ...start.reviews, lastReviewOn } };
}

describe(nextReviewDue.name, () => {
  it('should review a plan first after 8 weeks, then yearly without an EHC plan and every 12 months with one', () => {
    expect(nextReviewDue(agreed(null), DEFAULT_REVIEW_RULES)).toBe('2026-03-29');
    expect(nextReviewDue(agreed(null, '2026-03-20'), DEFAULT_REVIEW_RULES)).toBe('2027-03-20');
    expect(nextReviewDue(agreed({ underFive: false }, '2026-03-20'), DEFAULT_REVIEW_RULES)).toBe('2027-03-20');
  });

  it("should review a child under five's EHC plan every 6 months, whatever funds it", () => {
    expect(nextReviewDue(agreed({ underFive: true }, '2026-03-20'), DEFAULT_REVIEW_RULES)).toBe('2026-09-20');
    const ehcOnly = DEFAULT_REVIEW_RULES.filter((rule) => rule.appliesTo === 'ehc-plan');
    expect(nextReviewDue(agreed({ underFive: true }), ehcOnly)).toBe('2026-08-01');
    expect(nextReviewDue(agreed({ underFive: false }), ehcOnly)).toBe('2027-02-01');
    expect(nextReviewDue(agreed(null), ehcOnly)).toBeNull();
  });
});

describe('isUnderFive', () => {
  it('should count a child as five from their fifth birthday', () => {
    expect(isUnderFive('2021-12-02', '2026-12-01')).toBe(true);
    expect(isUnderFive('2021-12-01', '2026-12-01')).toBe(false);
  });
});
