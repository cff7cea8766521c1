import type { RequestedReminder, RequestReminderInput } from '@ipc/domain';

/**
 * What a workflow calls when a reminder falls due; implemented in apps/worker. Temporal decides
 * when (timers in the workflow), BullMQ decides how: this only records the reminder and enqueues
 * its delivery, idempotently by recipient, purpose, due date and lead time, so a retried activity
 * or a replayed timer asks for the same reminder and nothing is sent twice. Inputs are ids, codes
 * and dates; contact details are looked up at delivery. A malformed input fails non-retryably
 * with the type INVALID_REMINDER_REQUEST.
 */
export interface ReminderActivities {
  requestReminder(input: RequestReminderInput): Promise<RequestedReminder>;
}

export const INVALID_REMINDER_REQUEST = 'InvalidReminderRequest';
