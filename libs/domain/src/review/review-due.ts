import type { JourneyState } from '../journey/journey-state';
import { ageOn } from '../programme/age-bands';
import { addDays, addMonths } from './calendar-arithmetic';
import type { ReviewRule, ReviewTrigger } from './review-rules';

/** When each kind of rule starts counting for this person, if it applies to them at all. */
function anchorFor(state: JourneyState, trigger: ReviewTrigger): string | null {
  const budget = state.budget;
  switch (trigger) {
    case 'care-plan':
      return state.carePlan?.agreedOn ?? null;
    case 'nhs-funding':
      return budget && budget.byFunder.nhs > 0 ? budget.startDate : null;
    case 'direct-payment':
      return budget?.parts.some((part) => part.deployment === 'direct-payment') ? budget.startDate : null;
    case 'education-funding':
      return budget && budget.byFunder.education > 0 ? budget.startDate : null;
    case 'ehc-plan':
      return state.ehcPlan ? (state.carePlan?.agreedOn ?? null) : null;
  }
}

function dueUnder(rule: ReviewRule, anchor: string, state: JourneyState): string {
  const { lastReviewOn } = state.reviews;
  const everyMonths = state.ehcPlan?.underFive ? rule.underFiveEveryMonths : undefined;
  if (lastReviewOn && lastReviewOn >= anchor) return addMonths(lastReviewOn, everyMonths ?? rule.thenEveryMonths);
  if (everyMonths !== undefined) return addMonths(anchor, everyMonths);
  const afterWeeks = addDays(anchor, 7 * (rule.firstAfter.weeks ?? 0));
  return addMonths(afterWeeks, rule.firstAfter.months ?? 0);
}

/**
 * The date the person's next review is due: under every rule set that applies, the earliest wins
 * (one review satisfies them all); an unscheduled review request brings it forward.
 */
export function nextReviewDue(state: JourneyState, rules: ReviewRule[]): string | null {
  const dates = rules.flatMap((rule) => {
    const anchor = anchorFor(state, rule.appliesTo);
    return anchor ? [dueUnder(rule, anchor, state)] : [];
  });
  if (state.reviews.requestedOn) dates.push(state.reviews.requestedOn);
  return dates.length ? dates.reduce((earliest, date) => (date < earliest ? date : earliest)) : null;
}

/** Whether a child is under five on a date: an EHC plan's reviews come more often until then. */
export const isUnderFive = (dateOfBirth: string, on: string) => ageOn(dateOfBirth, on) < 5;
