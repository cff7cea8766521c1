import type { ReminderMessage } from './delivery-channel';
import { reminderPersonalisation } from './reminder-personalisation';
import { reminderWording } from './reminder-wording';

const message = (overrides: Partial<ReminderMessage> = {}): ReminderMessage => ({
  reminderId: 'r-1',
  recipientType: 'participant',
  caseReference: null,
  purpose: 'review-due',
  topic: null,
  dueDate: '2027-03-01',
  leadDays: 28,
  daysBefore: 28,
  channel: 'email',
  templateId: 'local:review-due',
  format: 'standard',
  language: 'en',
  email: 'person@example.com',
  phone: null,
  postalAddress: null,
  ...overrides,
});

describe('reminderWording', () => {
  it('should speak to the person about their own review', () => {
    const { subject, body } = reminderWording(message());
    expect(subject).toBe('Your care and support plan review is coming up');
    expect(body).toContain('This is due on 1 March 2027, in 28 days.');
    expect(body).not.toContain('Case reference');
  });

  it('should count the days left on the day it is sent, not the lead time it was planned with', () => {
    expect(reminderWording(message({ daysBefore: 1 })).body).toContain('in 1 day.');
    expect(reminderWording(message({ daysBefore: 0 })).body).toContain('This is due today, 1 March 2027.');
    expect(reminderWording(message({ daysBefore: -7 })).body).toContain('This was due on 1 March 2027, 7 days ago.');
  });

  it("should tell a carer it is the cared-for person's review, and a coordinator whose case it is", () => {
    expect(reminderWording(message({ recipientType: 'carer' })).subject).toBe(
      'A care and support plan review for the person you care for is coming up',
    );
    const coordinator = reminderWording(
      message({ recipientType: 'coordinator', caseReference: 'c0ffee00-0000-4000-8000-000000000001' }),
    );
    expect(coordinator.subject).toBe('A care and support plan review is coming up for someone you coordinate');
    expect(coordinator.body).toContain('Case reference: c0ffee00-0000-4000-8000-000000000001.');
  });

  it("should name a carer's transition point", () => {
    const { subject, body } = reminderWording(
      message({ recipientType: 'carer', purpose: 'transition-due', topic: 'turning-18-transition-assessment' }),
    );
    expect(subject).toBe('A change to your support as a carer is coming up');
    expect(body).toContain('It is about a transition assessment before turning 18.');
  });
});

describe('reminderPersonalisation', () => {
  it('should give Notify templates the days left, the planned lead time, the audience and the case', () => {
    expect(
      reminderPersonalisation(
        message({ recipientType: 'coordinator', caseReference: 'p-1', daysBefore: 3, purpose: 'transition-due' }),
      ),
    ).toEqual({
      due_date: '1 March 2027',
      due_date_iso: '2027-03-01',
      days_before: '3',
      lead_days: '28',
      purpose: 'transition-due',
      recipient_type: 'coordinator',
      case_reference: 'p-1',
      topic: '',
      topic_description: '',
    });
  });
});
