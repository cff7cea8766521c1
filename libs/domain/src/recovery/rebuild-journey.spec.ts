import { journeyReminderFor } from '../journey/journey-reminders';
import { type JourneyState, startJourney } from '../journey/journey-state';
import {
  isSupersededReminder,
  markReminderRequested,
  pendingEvents,
  withReviewSchedule,
} from '../journey/review-steps';
import type { AnyJourneyStep } from '../journey/steps';
import { applyStep } from '../journey/transitions';
import { DEFAULT_REVIEW_RULES, type ReviewSchedule } from '../review';
import { RecordDisagreesError, type RecordedStep } from './recorded-case';
import { rebuildJourney } from './rebuild-journey';

const referral = {
  participantId: '3f0c2a4e-8f5b-4d55-9d7a-1c1f6c1e2a10',
  siteId: 'site-a',
  teamId: 'team-a',
  cohort: 'multiple-long-term-conditions' as const,
  referredOn: '2026-01-05',
};
const schedule: ReviewSchedule = { rules: DEFAULT_REVIEW_RULES, reminderLeadDays: [28, 7], escalationAfterDays: 7 };
const actor = { staffId: 's1', teamId: 'team-a' };

const steps = [
  { name: 'identification', payload: { eligible: true, consentToShare: true }, effectiveDate: '2026-01-10' },
  {
    name: 'offer',
    payload: { informationFormat: 'easy-read', language: 'en', advocacy: 'accepted', communityConnectorId: 'c1' },
    effectiveDate: '2026-01-12',
  },
  {
    name: 'guided-conversation',
    payload: { outcome: 'care-planning', peerSupport: [], referralsMade: 0, carersIdentified: 0 },
    effectiveDate: '2026-01-14',
  },
  { name: 'activation', payload: { score: 60 }, effectiveDate: '2026-01-16' },
  {
    name: 'care-plan',
    payload: { coordinatorId: 'cc1', items: [{ itemId: 'item-1', annualCostPence: 52_000 }] },
    effectiveDate: '2026-01-18',
  },
  { name: 'care-plan-agreement', payload: { planVersion: 1 }, effectiveDate: '2026-01-20' },
].map((step, index) => ({ ...step, requestId: `request-${index + 1}`, actor }) as AnyJourneyStep);

/** What the workflow holds after these steps: the review rules loaded at agreement. */
function workflowState(): { state: JourneyState; record: RecordedStep[] } {
  let state = startJourney(referral);
  const record: RecordedStep[] = [];
  for (const step of steps) {
    state = applyStep(state, step);
    if (state.carePlan?.agreedOn && !state.reviews.schedule) state = withReviewSchedule(state, schedule);
    const { name, requestId, effectiveDate, payload } = step;
    record.push({
      sequence: state.sequence,
      step: name,
      requestId,
      actor,
      effectiveDate,
      payload,
      toStage: state.stage,
    });
  }
  return { state, record };
}

/** The workflow's reminder timers on a day after both lead times have passed. */
function remindersFired(start: JourneyState, today: string) {
  let state = start;
  const asked: ReturnType<typeof journeyReminderFor>[] = [];
  for (;;) {
    const pending = pendingEvents(state, { statementReminders: true });
    const next = pending.filter((event) => event.kind !== 'statement' && event.on <= today).at(0);
    if (!next || next.kind === 'statement') return { state, asked };
    if (!isSupersededReminder(pending, next, today)) asked.push(journeyReminderFor(state, next));
    state = markReminderRequested(state, next);
  }
}

describe(rebuildJourney.name, () => {
  it('should rebuild exactly the state the workflow held, its review rules and reminders included', () => {
    const { state, record } = workflowState();
    // Due 2026-03-17: on 2026-03-12 the 28-day reminder is skipped for the 7-day one.
    const fired = remindersFired(state, '2026-03-12');
    expect(fired.asked.map((reminder) => reminder.leadDays)).toEqual([7]);

    const rebuilt = rebuildJourney({ referral, steps: record, reviewSchedule: schedule, reminders: fired.asked });
    expect(rebuilt).toEqual(fired.state);
    expect(rebuilt.reviews).toMatchObject({
      nextDueOn: '2026-03-17',
      remindersRequested: ['2026-03-17:28', '2026-03-17:7'],
    });
  });

  it('should leave the reminders still ahead to the timers', () => {
    const { state, record } = workflowState();
    const rebuilt = rebuildJourney({ referral, steps: record, reviewSchedule: schedule, reminders: [] });
    expect(rebuilt).toEqual(state);
    expect(pendingEvents(rebuilt, { statementReminders: true }).map((event) => event.on)).toEqual([
      '2026-02-17',
      '2026-03-10',
      '2026-03-24',
    ]);
  });

  it('should refuse a record whose step does not lead where the record says, naming the step', () => {
    const { record } = workflowState();
    const altered = record.map((entry) =>
      entry.sequence === 3 ? { ...entry, toStage: 'community-follow-up' } : entry,
    );
    expect(() => rebuildJourney({ referral, steps: altered, reviewSchedule: schedule, reminders: [] })).toThrow(
      RecordDisagreesError,
    );
    expect(() => rebuildJourney({ referral, steps: altered, reviewSchedule: schedule, reminders: [] })).toThrow(
      /step 3: guided-conversation gives activation at step 3, the record says community-follow-up/,
    );
  });
});
