import { isCalendarDate } from './calendar-date';

/** Who a reminder goes to. Carers and coordinators have ids of their own; a reminder names its person too. */
export const REMINDER_RECIPIENT_TYPES = ['participant', 'carer', 'coordinator'] as const;
export type ReminderRecipientType = (typeof REMINDER_RECIPIENT_TYPES)[number];

/** What a reminder is about; each purpose has its own templates. */
export const REMINDER_PURPOSES = [
  'review-due',
  'statement-due',
  'transition-due',
  'follow-up-due',
  'review-overdue-escalation',
  'statement-overdue-escalation',
  'transition-overdue-escalation',
] as const;
export type ReminderPurpose = (typeof REMINDER_PURPOSES)[number];

/** How a person prefers to be reached. `outbox` keeps the message locally (development, or no address). */
export const REMINDER_CHANNELS = ['email', 'sms', 'letter', 'outbox'] as const;
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number];

export const REMINDER_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

/**
 * What a workflow asks for when a reminder falls due: ids, codes and dates only. Contact details
 * are looked up at delivery time, so none ever enters a Temporal history.
 * `leadDays` is how many days before `dueDate` the reminder is for (negative: days after, for an
 * overdue escalation); it is part of the reminder's identity, so the 28-day and the 7-day reminders
 * for one review are two reminders, and each is sent at most once.
 */
export interface RequestReminderInput {
  recipientType: ReminderRecipientType;
  recipientId: string;
  /** The person the reminder is about (the carer's cared-for person, the escalated case). */
  participantId?: string;
  /** The carer it is about, for a carer's transition reminder (to the carer, or to their team). */
  carerId?: string;
  siteId: string;
  purpose: ReminderPurpose;
  dueDate: string;
  leadDays: number;
  /**
   * What exactly is due, where a purpose covers several things on one date (a carer's transition
   * kind: turning 18, a school move...). Part of the identity, so two transitions due the same day
   * are two reminders.
   */
  topic?: string;
  /** The day the workflow decided the reminder is for (its timer's date); shown to the care team. */
  remindOn?: string;
}

export interface RequestedReminder {
  reminderId: string;
  status: ReminderStatus;
}

const ID = /^[\w.-]{1,64}$/;
const TOPIC = /^[a-z0-9-]{1,48}$/;

/** The reasons a reminder request is malformed, empty when it is well formed. */
export function reminderRequestProblems(input: RequestReminderInput): string[] {
  const problems: string[] = [];
  if (!REMINDER_RECIPIENT_TYPES.includes(input.recipientType)) problems.push('recipientType: unknown');
  if (typeof input.recipientId !== 'string' || !ID.test(input.recipientId)) problems.push('recipientId: not an id');
  if (input.participantId !== undefined && !ID.test(input.participantId)) problems.push('participantId: not an id');
  if (input.carerId !== undefined && !ID.test(input.carerId)) problems.push('carerId: not an id');
  if (typeof input.siteId !== 'string' || !ID.test(input.siteId)) problems.push('siteId: not an id');
  if (!REMINDER_PURPOSES.includes(input.purpose)) problems.push('purpose: unknown');
  if (typeof input.dueDate !== 'string' || !isCalendarDate(input.dueDate)) problems.push('dueDate: not YYYY-MM-DD');
  if (!Number.isInteger(input.leadDays) || Math.abs(input.leadDays) > 3660) problems.push('leadDays: not an integer');
  if (input.topic !== undefined && !TOPIC.test(input.topic)) problems.push('topic: not a code');
  if (input.remindOn !== undefined && !isCalendarDate(input.remindOn)) problems.push('remindOn: not YYYY-MM-DD');
  return problems;
}

/**
 * The reminder's identity: one purpose (and topic), due date and lead time for one recipient about
 * one person or carer is one reminder. A coordinator's reminders about two people due the same day
 * are two; a person's own reminders keep the short key.
 */
export function reminderKey(input: RequestReminderInput): string {
  const purpose = input.topic ? `${input.purpose}/${input.topic}` : input.purpose;
  const subject = input.carerId ?? input.participantId;
  const about = subject && subject !== input.recipientId ? [subject] : [];
  return [input.recipientType, input.recipientId, purpose, input.dueDate, input.leadDays, ...about].join(':');
}
