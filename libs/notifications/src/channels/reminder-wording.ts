import type { ReminderMessage } from './delivery-channel';
import { readableDate, topicDescription } from './reminder-personalisation';

const SUBJECTS: Record<string, string> = {
  'review-due': 'Your care and support plan review is coming up',
  'statement-due': 'Your personal budget statement is due',
  'transition-due': 'A change to your support is coming up',
  'review-overdue-escalation': 'Overdue review: action needed',
  'statement-overdue-escalation': 'Overdue statement: action needed',
  'transition-overdue-escalation': 'Overdue transition: action needed',
};

/**
 * Plain English wording for the channels without Notify templates (SMTP email and the outbox).
 * Notify messages use the site's templates instead, chosen by purpose, format and language.
 */
export function reminderWording(message: ReminderMessage): { subject: string; body: string } {
  const subject = SUBJECTS[message.purpose] ?? 'A reminder from your care team';
  const due = readableDate(message.dueDate, 'en-GB');
  const when =
    message.leadDays > 0
      ? `This is due on ${due}, in ${message.leadDays} days.`
      : `This was due on ${due}${message.leadDays < 0 ? `, ${-message.leadDays} days ago` : ''}.`;
  const about = message.topic ? `It is about ${topicDescription(message.topic)}.\n\n` : '';
  return { subject, body: `${subject}.\n\n${about}${when}\n\nIf you have questions, contact your care team.\n` };
}
