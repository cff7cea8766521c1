import { followUpEvents, recordFollowUp } from './follow-up';
import { type JourneyState, startJourney } from './journey-state';
import { markReminderRequested, pendingEvents } from './review-steps';
import type { AnyJourneyStep, StepPayloads } from './steps';
import { allowedSteps, applyStep } from './transitions';

const start = startJourney({
  participantId: '3f0c2a4e-8f5b-4d55-9d7a-1c1f6c1e2a10',
  siteId: 'site-a',
  teamId: 'team-a',
  cohort: 'multiple-long-term-conditions',
  referredOn: '2026-01-05',
});
const actor = { staffId: 's', teamId: 't' };
const steps: AnyJourneyStep[] = [
  {
    name: 'identification',
    payload: { eligible: true, consentToShare: true },
    effectiveDate: '2026-01-10',
    requestId: 'r1',
    actor,
  },
  {
    name: 'offer',
    payload: { informationFormat: 'standard', language: 'en', advocacy: 'declined', communityConnectorId: 'c1' },
    effectiveDate: '2026-01-12',
    requestId: 'r2',
    actor,
  },
  {
    name: 'guided-conversation',
    payload: {
      outcome: 'community-connecting',
      peerSupport: [],
      referralsMade: 0,
      carersIdentified: 0,
      followUpAfterDays: 90,
    },
    effectiveDate: '2026-01-14',
    requestId: 'r3',
    actor,
  },
];
const connected = (): JourneyState => steps.reduce((state, step) => applyStep(state, step), start);
const followUp = (payload: StepPayloads['follow-up'], effectiveDate = '2026-04-14'): AnyJourneyStep => ({
  name: 'follow-up',
  payload,
  effectiveDate,
  requestId: 'r4',
  actor,
});

describe(recordFollowUp.name, () => {
  it('should follow up a person met through community connecting after the interval', () => {
    const state = connected();
    expect(state).toMatchObject({ stage: 'community-follow-up', followUp: { dueOn: '2026-04-14', reminded: false } });
    expect(allowedSteps(state)).toContain('follow-up');
  });

  it('should set the next date when the person is still fine', () => {
    const state = applyStep(
      connected(),
      followUp({ outcome: 'still-fine', followUpAfterDays: 60, closureReason: null }),
    );
    expect(state).toMatchObject({ stage: 'community-follow-up', followUp: { dueOn: '2026-06-13', reminded: false } });
  });

  it('should move to activation when the person needs planning after all', () => {
    const state = applyStep(
      connected(),
      followUp({ outcome: 'needs-planning', followUpAfterDays: 90, closureReason: null }),
    );
    expect(state).toMatchObject({ stage: 'activation', followUp: null });
  });

  it('should close with its reason when nothing more is needed', () => {
    const state = applyStep(
      connected(),
      followUp({ outcome: 'closed', followUpAfterDays: 90, closureReason: 'needs-met' }),
    );
    expect(state).toMatchObject({
      stage: 'closed',
      followUp: null,
      closure: { reason: 'needs-met', closedOn: '2026-04-14' },
    });
  });
});

describe(followUpEvents.name, () => {
  it('should remind the connector once, on the due date, only where follow-ups are switched on', () => {
    const state = connected();
    expect(pendingEvents(state, { statementReminders: true })).toEqual([]);
    const [event] = pendingEvents(state, { statementReminders: true, followUps: true });
    expect(event).toMatchObject({ kind: 'follow-up-reminder', on: '2026-04-14' });
    if (event.kind === 'statement') throw new Error('not a reminder');
    expect(pendingEvents(markReminderRequested(state, event), { statementReminders: true, followUps: true })).toEqual(
      [],
    );
  });
});
