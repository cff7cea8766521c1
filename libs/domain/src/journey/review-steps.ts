import { addDays, nextReviewDue, type ReviewSchedule } from '../review';
import { followUpEvents, markFollowUpReminded } from './follow-up';
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
  const { outcome, closureReason, underFive } = step.payload;
  // An EHC plan's next review follows the child's age on the day of this one.
  if (state.ehcPlan && underFive !== undefined) state = { ...state, ehcPlan: { underFive } };
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
  | { kind: 'statement-reminder'; on: string; dueOn: string; leadDays: number; key: string }
  | { kind: 'review-reminder'; on: string; dueOn: string; leadDays: number; key: string }
  | { kind: 'review-escalation'; on: string; dueOn: string; afterDays: number; key: string }
  | { kind: 'follow-up-reminder'; on: string; dueOn: string; leadDays: number; key: string };

export type ReminderEvent = Exclude<DueEvent, { kind: 'statement' }>;

function statementReminderEvents(state: JourneyState): ReminderEvent[] {
  const { schedule } = state.reviews;
  if (!state.budget || !schedule) return [];
  const dueOn = state.budget.nextStatementOn;
  return schedule.reminderLeadDays.map((leadDays) => ({
    kind: 'statement-reminder',
    on: addDays(dueOn, -leadDays),
    dueOn,
    leadDays,
    key: `${dueOn}:${leadDays}`,
  }));
}

function reviewReminderEvents(state: JourneyState): ReminderEvent[] {
  const { schedule, nextDueOn } = state.reviews;
  if (!schedule || !nextDueOn) return [];
  const afterDays = schedule.escalationAfterDays;
  return [
    ...schedule.reminderLeadDays.map((leadDays): ReminderEvent => ({
      kind: 'review-reminder',
      on: addDays(nextDueOn, -leadDays),
      dueOn: nextDueOn,
      leadDays,
      key: `${nextDueOn}:${leadDays}`,
    })),
    {
      kind: 'review-escalation',
      on: addDays(nextDueOn, afterDays),
      dueOn: nextDueOn,
      afterDays,
      key: `${nextDueOn}:escalation`,
    },
  ];
}

const requestedKeys = (state: JourneyState, event: ReminderEvent) =>
  event.kind === 'statement-reminder' ? (state.statementRemindersRequested ?? []) : state.reviews.remindersRequested;

/**
 * Everything the journey's timers must do, with the date each falls on; fired ones are left out.
 * Statement reminders, follow-ups and decliners' statements are opt-in: journeys recorded before them
 * replay without them.
 */
export function pendingEvents(
  state: JourneyState,
  options: { statementReminders: boolean; followUps?: boolean; resourceStatements?: boolean },
): DueEvent[] {
  const year = state.budget ?? (options.resourceStatements ? state.resourceStatements : null);
  const statement: DueEvent[] = year ? [{ kind: 'statement', on: year.nextStatementOn }] : [];
  const reminders = [
    ...(options.statementReminders ? statementReminderEvents(state) : []),
    ...reviewReminderEvents(state),
  ];
  return [
    ...statement,
    ...reminders.filter((event) => !requestedKeys(state, event).includes(event.key)),
    ...(options.followUps ? followUpEvents(state) : []),
  ];
}

/**
 * A reminder whose day has passed while a later one for the same due date is due too (the journey
 * was back-dated, or its worker was away): the later one says what is left, so this one is skipped
 * rather than sending both at once.
 */
export function isSupersededReminder(events: DueEvent[], event: ReminderEvent, today: string): boolean {
  return events.some(
    (other) =>
      other.kind === event.kind &&
      'dueOn' in other &&
      other.dueOn === event.dueOn &&
      other.on > event.on &&
      other.on <= today,
  );
}

export function markReminderRequested(state: JourneyState, event: ReminderEvent): JourneyState {
  if (event.kind === 'follow-up-reminder') return markFollowUpReminded(state, event.dueOn);
  if (event.kind === 'statement-reminder') {
    return { ...state, statementRemindersRequested: [...requestedKeys(state, event), event.key] };
  }
  return {
    ...state,
    reviews: { ...state.reviews, remindersRequested: [...state.reviews.remindersRequested, event.key] },
  };
}
