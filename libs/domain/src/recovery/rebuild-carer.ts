import { type CarerState, type NewCarer, startCarer } from '../carer/carer-state';
import type { AnyCarerStep } from '../carer/steps';
import { markCarerEscalated, pendingCarerEscalations } from '../carer/transition-escalations';
import { carerTransitionKey } from '../carer/transition-schedule';
import {
  applyCarerStep,
  compactCarerState,
  noticeCarerTransition,
  pendingCarerTransitions,
} from '../carer/transitions';
import { type RecordedReminder, recordedReminderKey, type RecordedStep, replayRecorded } from './recorded-case';

export interface CarerRecord {
  /** What the carer's workflow was started with, as recorded at registration. */
  registration: NewCarer;
  /** Every timeline entry after the registration, oldest first. */
  steps: RecordedStep[];
  /** Keys (`kind:dueOn`) of the transition points the record says were noticed. */
  noticedTransitions: string[];
  /** The reminders and escalations already asked for about this carer. */
  reminders: RecordedReminder[];
}

/**
 * The carer's state rebuilt from the record with the workflow's own rules: each accepted step
 * replayed, then each transition point and escalation the record holds marked as done (in the order
 * they come due), so the timers ask only for what is still ahead. Throws RecordDisagreesError when
 * a recorded step does not lead where the record says it did.
 */
export function rebuildCarer(record: CarerRecord): CarerState {
  let state = record.steps.reduce(
    (current, entry) =>
      replayRecorded(current, entry, (carer) =>
        applyCarerStep(carer, {
          name: entry.step,
          requestId: entry.requestId,
          actor: entry.actor,
          effectiveDate: entry.effectiveDate,
          payload: entry.payload,
        } as AnyCarerStep),
      ),
    startCarer(record.registration),
  );
  const noticed = new Set(record.noticedTransitions);
  const escalated = new Set(record.reminders.map(recordedReminderKey));
  // A noticed point can bring the next one into view (each health check the following year's).
  for (;;) {
    const point = pendingCarerTransitions(state).find((candidate) => noticed.has(carerTransitionKey(candidate)));
    if (!point) break;
    state = noticeCarerTransition(state, point);
  }
  for (const escalation of pendingCarerEscalations(state)) {
    const reminder = {
      purpose: 'transition-overdue-escalation',
      dueDate: escalation.dueOn,
      leadDays: -escalation.afterDays,
      topic: escalation.kind,
    };
    if (escalated.has(recordedReminderKey(reminder))) state = markCarerEscalated(state, escalation);
  }
  return compactCarerState(state);
}
