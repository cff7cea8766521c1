import type { ReminderMessage } from './delivery-channel';

/** The due date as the person reads it, in their language where the platform knows it. */
export function readableDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat([language, 'en-GB'], options).format(date);
  } catch {
    return new Intl.DateTimeFormat('en-GB', options).format(date);
  }
}

/** What a carer's transition point is, in plain English, for templates and the built-in wording. */
const TOPICS: Record<string, string> = {
  'turning-18-transition-assessment': 'a transition assessment before you turn 18',
  'child-turning-14': 'preparing for adulthood as your child turns 14',
  'child-turning-18': "your child's move to adult services at 18",
  'school-move': 'a school move',
  'annual-health-check': "your annual carer's health check",
};

export const topicDescription = (topic: string | null) => (topic ? (TOPICS[topic] ?? topic) : '');

/**
 * The personalisation fields every reminder template may use: `due_date` (readable), `due_date_iso`,
 * `days_before` (negative after the due date), `purpose`, and `topic` with `topic_description` (what
 * exactly is due, empty when the purpose says it all). No names: templates greet generically.
 */
export function reminderPersonalisation(message: ReminderMessage): Record<string, string> {
  return {
    due_date: readableDate(message.dueDate, message.language),
    due_date_iso: message.dueDate,
    days_before: String(message.leadDays),
    purpose: message.purpose,
    topic: message.topic ?? '',
    topic_description: topicDescription(message.topic),
  };
}

/** Notify's letter address fields: up to six lines, then the postcode on the last line used. */
export function letterAddress(message: ReminderMessage): Record<string, string> {
  const address = message.postalAddress;
  if (!address) return {};
  const lines = [...address.lines.slice(0, 6), address.postcode];
  return Object.fromEntries(lines.map((line, index) => [`address_line_${index + 1}`, line]));
}
