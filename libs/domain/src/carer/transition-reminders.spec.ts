import { reminderKey } from '../reminders';
import {
  carerEscalationReminder,
  carerTransitionReminders,
  type NoticedCarerTransition,
  type OverdueCarerTransition,
} from './transition-reminders';

const noticed = (overrides: Partial<NoticedCarerTransition> = {}): NoticedCarerTransition => ({
  carerId: 'carer-1',
  siteId: 'site-1',
  transition: 'turning-18-transition-assessment',
  dueOn: '2027-06-30',
  remindOn: '2027-04-01',
  ...overrides,
});

const overdue = (overrides: Partial<OverdueCarerTransition> = {}): OverdueCarerTransition => ({
  carerId: 'carer-1',
  siteId: 'site-1',
  transition: 'annual-health-check',
  dueOn: '2027-06-30',
  escalateOn: '2027-07-07',
  afterDays: 7,
  ...overrides,
});

describe(carerTransitionReminders.name, () => {
  it('should remind the carer and their team of the point, named by its kind', () => {
    const { toCarer, toTeam } = carerTransitionReminders(noticed(), 'team-1');
    const about = {
      carerId: 'carer-1',
      siteId: 'site-1',
      purpose: 'transition-due',
      topic: 'turning-18-transition-assessment',
      dueDate: '2027-06-30',
      remindOn: '2027-04-01',
    };
    expect(toCarer).toEqual({ ...about, leadDays: 90, recipientType: 'carer', recipientId: 'carer-1' });
    expect(toTeam).toEqual({ ...about, leadDays: 90, recipientType: 'coordinator', recipientId: 'team-1' });
  });

  it('should count the lead time from the day the point was noticed, not the configured lead', () => {
    // A point already within the lead time when the carer became known is noticed at once.
    const { toCarer } = carerTransitionReminders(noticed({ remindOn: '2027-06-20' }), 'team-1');
    expect(toCarer.leadDays).toBe(10);
  });

  it('should count whole calendar days across the change to British Summer Time', () => {
    const { toTeam } = carerTransitionReminders(noticed({ remindOn: '2027-03-01', dueOn: '2027-04-01' }), 'team-1');
    expect(toTeam.leadDays).toBe(31);
  });
});

describe(carerEscalationReminder.name, () => {
  it('should tell the team only, on the escalation day, with the days overdue as a negative lead', () => {
    expect(carerEscalationReminder(overdue(), 'team-1')).toEqual({
      recipientType: 'coordinator',
      recipientId: 'team-1',
      carerId: 'carer-1',
      siteId: 'site-1',
      purpose: 'transition-overdue-escalation',
      topic: 'annual-health-check',
      dueDate: '2027-06-30',
      leadDays: -7,
      remindOn: '2027-07-07',
    });
  });

  it('should be a reminder of its own beside the point’s, so the team hears of both', () => {
    const due = carerTransitionReminders(noticed({ transition: 'annual-health-check' }), 'team-1').toTeam;
    expect(reminderKey(carerEscalationReminder(overdue(), 'team-1'))).not.toBe(reminderKey(due));
  });
});
