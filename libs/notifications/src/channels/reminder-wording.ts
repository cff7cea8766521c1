import type { ReminderMessage } from './delivery-channel';
import { readableDate, topicDescription } from './reminder-personalisation';

type Audience = ReminderMessage['recipientType'];

const REVIEW = 'care and support plan review';
const STATEMENT = 'personal budget statement';

/** Each purpose in the words of whoever receives it: the person, a carer, or a coordinator or team. */
const SUBJECTS: Record<string, Record<Audience, string>> = {
  'review-due': {
    participant: `Your ${REVIEW} is coming up`,
    carer: `A ${REVIEW} for the person you care for is coming up`,
    coordinator: `A ${REVIEW} is coming up for someone you coordinate`,
  },
  'statement-due': {
    participant: `Your ${STATEMENT} is due`,
    carer: `A ${STATEMENT} for the person you care for is due`,
    coordinator: `A ${STATEMENT} is due for someone you coordinate`,
  },
  'follow-up-due': {
    participant: 'Your care team will be in touch to see how you are',
    carer: 'The care team will be in touch about the person you care for',
    coordinator: 'A light-touch follow-up is due for someone you connected',
  },
  'transition-due': {
    participant: 'A change to your support is coming up',
    carer: 'A change to your support as a carer is coming up',
    coordinator: 'A carer you support has a transition point coming up',
  },
};
const ESCALATIONS: Record<string, string> = {
  'review-overdue-escalation': 'Overdue review: action needed',
  'statement-overdue-escalation': 'Overdue statement: action needed',
  'transition-overdue-escalation': 'Overdue transition: action needed',
};

const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;

function when(message: ReminderMessage): string {
  const due = readableDate(message.dueDate, 'en-GB');
  if (message.daysBefore > 0) return `This is due on ${due}, in ${days(message.daysBefore)}.`;
  if (message.daysBefore === 0) return `This is due today, ${due}.`;
  return `This was due on ${due}, ${days(-message.daysBefore)} ago.`;
}

/**
 * Plain English wording for the channels without Notify templates (SMTP email and the outbox).
 * Notify messages use the site's templates instead, chosen by purpose, format and language.
 */
export function reminderWording(message: ReminderMessage): { subject: string; body: string } {
  const subject =
    SUBJECTS[message.purpose]?.[message.recipientType] ??
    ESCALATIONS[message.purpose] ??
    'A reminder from your care team';
  const paragraphs = [
    `${subject}.`,
    ...(message.topic ? [`It is about ${topicDescription(message.topic)}.`] : []),
    when(message),
    ...(message.caseReference ? [`Case reference: ${message.caseReference}.`] : []),
    message.recipientType === 'coordinator'
      ? 'Open the case in the IPC pathway engine to see who it is and what is due.'
      : 'If you have questions, contact your care team.',
  ];
  return { subject, body: `${paragraphs.join('\n\n')}\n` };
}
