import { addDays, nextReviewDue, type ReviewSchedule } from '../review';
import type { JourneyState } from './journey-state';
import type { JourneyStep } from './steps';

/** A review can be held, or asked for, once the person has an agreed plan. */
export const hasAgreedPlan = (state: JourneyState) => Boolean(state.carePlan?.agreedOn);

/** Recomputes when the next review is due; reminders asked for an earlier due date no longer count. */
export function refreshReviewDue(state: JourneyState): JourneyState {
  const { schedule } = state.reviews;
  const nextDueOn = schedule ? nextReviewDue(state, schedule.rules) : null;
  const current = state.reviews.remindersRequested.filter((key) => key.startsWith(`${nextDueOn}:`));
  return { ...state, reviews: { ...state.reviews, nextDueOn, remindersRequested: current } };
}

export function withReviewSchedule(state: JourneyState, schedule: ReviewSchedule): JourneyState {
  return refreshReviewDue({ ...state, reviews: { ...state.reviews, schedule } });
}

export function holdReview(state: JourneyState, step: JourneyStep<'review'>): JourneyState {
  const reviews = { ...state.reviews, lastReviewOn: step.effectiveDate, requestedOn: null };
  const { outcome, closureReason } = step.payload;
  if (outcome === 'close') {
    return {
      ...state,
      reviews,
      stage: 'closed',
      closure: { reason: closureReason ?? 'needs-met', closedOn: step.effectiveDate },
    };
  }
  // A plan to be revised goes back to planning; agreeing the new version returns the journey to where it was.
  return { ...state, reviews, stage: outcome === 'revise' ? 'planning' : state.stage };
}

export function requestReview(state: JourneyState, step: JourneyStep<'review-request'>): JourneyState {
  return { ...state, reviews: { ...state.reviews, requestedOn: step.effectiveDate } };
}

export type DueEvent =
  | { kind: 'statement'; on: string }
  | { kind: 'review-reminder'; on: string; dueOn: string; leadDays: number; key: string }
  | { kind: 'review-escalation'; on: string; dueOn: string; afterDays: number; key: string };

/** Everything the journey's timers must do, with the date each falls on; fired ones are left out. */
export function pendingEvents(state: JourneyState): DueEvent[] {
  const events: DueEvent[] = [];
  if (state.budget) events.push({ kind: 'statement', on: state.budget.nextStatementOn });
  const { schedule, nextDueOn, remindersRequested } = state.reviews;
  if (schedule && nextDueOn) {
    for (const leadDays of schedule.reminderLeadDays) {
      events.push({
        kind: 'review-reminder',
        on: addDays(nextDueOn, -leadDays),
        dueOn: nextDueOn,
        leadDays,
        key: `${nextDueOn}:${leadDays}`,
      });
    }
    const afterDays = schedule.escalationAfterDays;
    events.push({
      kind: 'review-escalation',
      on: addDays(nextDueOn, afterDays),
      dueOn: nextDueOn,
      afterDays,
      key: `${nextDueOn}:escalation`,
    });
  }
  return events.filter((event) => event.kind === 'statement' || !remindersRequested.includes(event.key));
}

export function markReminderRequested(state: JourneyState, key: string): JourneyState {
  return { ...state, reviews: { ...state.reviews, remindersRequested: [...state.reviews.remindersRequested, key] } };
}
