import type { ReviewSchedule } from '../review';
import { completeStatementYear } from '../journey/budget-steps';
import { type JourneyState, type NewJourney, startJourney } from '../journey/journey-state';
import { journeyReminderFor } from '../journey/journey-reminders';
import {
  hasAgreedPlan,
  markReminderRequested,
  pendingEvents,
  type ReminderEvent,
  withReviewSchedule,
} from '../journey/review-steps';
import type { AnyJourneyStep } from '../journey/steps';
import { applyStep } from '../journey/transitions';
import { type RecordedReminder, recordedReminderKey, type RecordedStep, replayRecorded } from './recorded-case';

export interface JourneyRecord {
  referral: NewJourney;
  /** Every timeline entry after the referral, oldest first. */
  steps: RecordedStep[];
  /** The site's review rules and reminder timings now (what the workflow would load). */
  reviewSchedule: ReviewSchedule;
  /** The reminders and escalations already asked for about this person. */
  reminders: RecordedReminder[];
}

/**
 * The journey's state rebuilt from its record with the same pure rules the workflow applies: each
 * accepted step replayed, each issued annual statement closing its year, the review rules loaded
 * once a plan is agreed, and the reminders already asked for marked so none is asked for again.
 * Throws RecordDisagreesError when a recorded step does not lead where the record says it did.
 */
export function rebuildJourney(record: JourneyRecord): JourneyState {
  const scheduled = (state: JourneyState) =>
    hasAgreedPlan(state) && !state.reviews.schedule ? withReviewSchedule(state, record.reviewSchedule) : state;
  const rebuilt = record.steps.reduce(
    (state, entry) =>
      replayRecorded(state, entry, (current) =>
        scheduled(
          entry.step === 'annual-statement'
            ? completeStatementYear(current)
            : applyStep(current, {
                name: entry.step,
                requestId: entry.requestId,
                actor: entry.actor,
                effectiveDate: entry.effectiveDate,
                payload: entry.payload,
              } as AnyJourneyStep),
        ),
      ),
    startJourney(record.referral),
  );
  const asked = new Set(record.reminders.map(recordedReminderKey));
  const reminders = pendingEvents(rebuilt, {
    statementReminders: true,
    followUps: true,
    resourceStatements: true,
  }).filter((event): event is ReminderEvent => event.kind !== 'statement');
  const wasAsked = (event: ReminderEvent) => asked.has(recordedReminderKey(journeyReminderFor(rebuilt, event)));
  // One asked for means every earlier one for the same date was sent or skipped as superseded.
  const done = (event: ReminderEvent) =>
    reminders.some(
      (other) => other.kind === event.kind && other.dueOn === event.dueOn && other.on >= event.on && wasAsked(other),
    );
  return reminders.filter(done).reduce(markReminderRequested, rebuilt);
}
