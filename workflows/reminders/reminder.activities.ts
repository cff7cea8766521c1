import type { JourneyReminder, RequestedReminder, RequestReminderInput } from '@ipc/domain';

/**
 * What a workflow calls when a reminder falls due; implemented in apps/worker. Temporal decides
 * when (timers in the workflow), BullMQ decides how: these only record reminders and enqueue their
 * delivery, idempotently by key (recipient, purpose and topic, due date, lead time, subject), so a
 * retried activity or a replayed timer asks for the same reminders and nothing is sent twice. Inputs are
 * ids, codes and dates; contact details are looked up at delivery. A malformed input fails
 * non-retryably with the type INVALID_REMINDER_REQUEST.
 */
export interface ReminderActivities {
  requestReminder(input: RequestReminderInput): Promise<RequestedReminder>;
  /** A journey's reminder, to everyone it concerns (the person's carers are looked up when it fires). */
  requestJourneyReminders(reminder: JourneyReminder): Promise<RequestedReminder[]>;
}

export const INVALID_REMINDER_REQUEST = 'InvalidReminderRequest';
