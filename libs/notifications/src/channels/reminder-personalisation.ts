import type { ReminderMessage } from './delivery-channel';

/**
 * The due date as the person reads it, in their language where the platform knows it, with British
 * conventions (plain `en` would otherwise read "March 1, 2027").
 */
export function readableDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  const locales = language.includes('-') ? [language, 'en-GB'] : [`${language}-GB`, language, 'en-GB'];
  try {
    return new Intl.DateTimeFormat(locales, options).format(date);
  } catch {
    return new Intl.DateTimeFormat('en-GB', options).format(date);
  }
}

/** What a carer's transition point is, in plain English, for templates and the built-in wording. */
const TOPICS: Record<string, string> = {
  'turning-18-transition-assessment': 'a transition assessment before turning 18',
  'child-turning-14': 'preparing for adulthood as the child turns 14',
  'child-turning-18': "the child's move to adult services at 18",
  'school-move': 'a school move',
  'annual-health-check': "the annual carer's health check",
};

export const topicDescription = (topic: string | null) => (topic ? (TOPICS[topic] ?? topic) : '');

/**
 * The personalisation fields every reminder template may use: `due_date` (readable), `due_date_iso`,
 * `days_before` (days left on the day it is sent, negative once overdue), `lead_days` (the lead time
 * it was planned with), `purpose`, `recipient_type` (participant, carer or coordinator),
 * `case_reference` (for coordinators: the person's or carer's id, else empty), and `topic` with
 * `topic_description` (what exactly is due, empty when the purpose says it all). No names.
 */
export function reminderPersonalisation(message: ReminderMessage): Record<string, string> {
  return {
    due_date: readableDate(message.dueDate, message.language),
    due_date_iso: message.dueDate,
    days_before: String(message.daysBefore),
    lead_days: String(message.leadDays),
    purpose: message.purpose,
    recipient_type: message.recipientType,
    case_reference: message.caseReference ?? '',
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
