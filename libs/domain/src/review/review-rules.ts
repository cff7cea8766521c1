/** What makes a review rule apply to a person. */
export const REVIEW_TRIGGERS = ['care-plan', 'nhs-funding', 'direct-payment', 'education-funding', 'ehc-plan'] as const;
export type ReviewTrigger = (typeof REVIEW_TRIGGERS)[number];

/** A site's review rule set for one funding stream or plan type: a first review, then a cycle. */
export interface ReviewRule {
  id: string;
  appliesTo: ReviewTrigger;
  firstAfter: { weeks?: number; months?: number };
  thenEveryMonths: number;
  /** For a child under five (an EHC plan's rule): the first review after, and each one every, N months. */
  underFiveEveryMonths?: number;
}

/**
 * What is wrong with a site's rule sets, by field (empty when nothing): each rule says when the first
 * review falls (weeks, months or both) and has an id of its own, so the rule a review answers is clear.
 */
export function reviewRuleProblems(rules: ReviewRule[]): { field: string; reason: string }[] {
  const problems: { field: string; reason: string }[] = [];
  const firstIndex = new Map<string, number>();
  rules.forEach((rule, index) => {
    if (rule.firstAfter.weeks === undefined && rule.firstAfter.months === undefined) {
      problems.push({ field: `rules[${index}].firstAfter`, reason: 'must give weeks, months or both' });
    }
    const earlier = firstIndex.get(rule.id);
    if (earlier === undefined) firstIndex.set(rule.id, index);
    else problems.push({ field: `rules[${index}].id`, reason: `duplicates rules[${earlier}].id (${rule.id})` });
  });
  return problems;
}

/** When reviews fall due and who is reminded when; read by the journey from site configuration. */
export interface ReviewSchedule {
  rules: ReviewRule[];
  /** Days before a due review that reminders go out, for example [28, 7]. */
  reminderLeadDays: number[];
  /** Days after an unheld review that it is escalated to the team. */
  escalationAfterDays: number;
}

/** The common rule sets of the pathway guide, used until a site sets its own. */
export const DEFAULT_REVIEW_RULES: ReviewRule[] = [
  { id: 'care-and-support-plan', appliesTo: 'care-plan', firstAfter: { weeks: 8 }, thenEveryMonths: 12 },
  { id: 'personal-health-budget', appliesTo: 'nhs-funding', firstAfter: { months: 3 }, thenEveryMonths: 12 },
  { id: 'social-care-direct-payment', appliesTo: 'direct-payment', firstAfter: { months: 6 }, thenEveryMonths: 12 },
  // An EHC plan is reviewed at least every 12 months, every 3 to 6 months for a child under five.
  {
    id: 'ehc-plan',
    appliesTo: 'ehc-plan',
    firstAfter: { months: 12 },
    thenEveryMonths: 12,
    underFiveEveryMonths: 6,
  },
  { id: 'education-funding', appliesTo: 'education-funding', firstAfter: { months: 12 }, thenEveryMonths: 12 },
];

/** How far each of the plan's outcomes was met, rated at a review. */
export const OUTCOME_RATINGS = ['achieved', 'partly', 'not-yet', 'no-longer-relevant'] as const;
export type OutcomeRating = (typeof OUTCOME_RATINGS)[number];

export const REVIEW_OUTCOMES = ['continue', 'revise', 'close'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export const REVIEW_REQUEST_REASONS = [
  'crisis',
  'hospital-admission',
  'carer-change',
  'person-asked',
  'other',
] as const;
export type ReviewRequestReason = (typeof REVIEW_REQUEST_REASONS)[number];
