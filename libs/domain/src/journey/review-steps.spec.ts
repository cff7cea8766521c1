import type { PersonalBudget } from '../budget';
import { type JourneyState, startJourney } from './journey-state';
import { isSupersededReminder, markReminderRequested, pendingEvents, type ReminderEvent } from './review-steps';

const schedule = { rules: [], reminderLeadDays: [28, 7], escalationAfterDays: 7 };
const budget = { nextStatementOn: '2027-10-01', statementYearStart: '2026-10-01' } as PersonalBudget;

function journey(overrides: Partial<JourneyState> = {}): JourneyState {
  const start = startJourney({
    participantId: 'p-1',
    siteId: 'site-a',
    teamId: 'team-a',
    cohort: 'multiple-long-term-conditions',
    referredOn: '2026-09-01',
  });
  return {
    ...start,
    stage: 'delivery',
    budget,
    reviews: { ...start.reviews, schedule, nextDueOn: '2027-01-10' },
    ...overrides,
  };
}

const reminders = (state: JourneyState) =>
  pendingEvents(state, { statementReminders: true }).filter((event): event is ReminderEvent => 'key' in event);

describe('pendingEvents', () => {
  it('should time the review and statement reminders and the escalation from the site schedule', () => {
    expect(pendingEvents(journey(), { statementReminders: true }).map((event) => [event.kind, event.on])).toEqual([
      ['statement', '2027-10-01'],
      ['statement-reminder', '2027-09-03'],
      ['statement-reminder', '2027-09-24'],
      ['review-reminder', '2026-12-13'],
      ['review-reminder', '2027-01-03'],
      ['review-escalation', '2027-01-17'],
    ]);
  });

  it('should leave statement reminders out for journeys recorded before them', () => {
    const kinds = pendingEvents(journey(), { statementReminders: false }).map((event) => event.kind);
    expect(kinds).not.toContain('statement-reminder');
  });

  it('should leave out a reminder once asked for, keeping statement and review reminders apart', () => {
    const state = journey();
    const [statement28] = reminders(state);
    const after = markReminderRequested(state, statement28);
    expect(reminders(after).map((event) => `${event.kind}:${event.key}`)).toEqual([
      'statement-reminder:2027-10-01:7',
      'review-reminder:2027-01-10:28',
      'review-reminder:2027-01-10:7',
      'review-escalation:2027-01-10:escalation',
    ]);
  });
});

describe('isSupersededReminder', () => {
  const events = reminders(journey());
  const review28 = events.find((event) => event.kind === 'review-reminder' && event.leadDays === 28) as ReminderEvent;

  it('should skip the 28-day reminder when the 7-day one is due as well', () => {
    expect(isSupersededReminder(events, review28, '2027-01-03')).toBe(true);
  });

  it('should send it on its own day, and not count a different kind or due date as later', () => {
    expect(isSupersededReminder(events, review28, '2026-12-13')).toBe(false);
    expect(isSupersededReminder(events, review28, '2027-01-02')).toBe(false);
  });
});
