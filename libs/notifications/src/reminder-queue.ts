import { createHash } from 'node:crypto';
import type { DefaultJobOptions } from 'bullmq';
import type { ReminderConfig } from '@ipc/config';

/** The one queue every reminder is delivered through, whatever its channel. */
export const REMINDER_QUEUE = 'reminders';

/** Job name to job data: the queue's whole vocabulary. Jobs carry the reminder's id, never contact details. */
export interface ReminderJobs {
  'deliver-reminder': { reminderId: string };
}
export type ReminderJobName = keyof ReminderJobs;
export const DELIVER_REMINDER: ReminderJobName = 'deliver-reminder';

/**
 * The job id of a reminder, derived from its key so a second request for the same reminder adds
 * nothing while the first job exists. BullMQ refuses ids with a ':' (unless in exactly three parts)
 * and ids that are integers, and the key is made of ':'-separated parts; a hash has neither problem
 * and a fixed length.
 */
export function reminderJobId(reminderKey: string): string {
  return `reminder-${createHash('sha256').update(reminderKey).digest('hex').slice(0, 40)}`;
}

const DAY_SECONDS = 24 * 60 * 60;

/**
 * Retries with exponential back-off. Finished jobs are kept a while (a job id refuses duplicates
 * only while its job exists), but the reminders table is what finally refuses a second send.
 */
export function reminderJobOptions(config: ReminderConfig): DefaultJobOptions {
  return {
    attempts: config.attempts,
    backoff: { type: 'exponential', delay: config.backoffMs, jitter: 0.2 },
    removeOnComplete: { age: 7 * DAY_SECONDS, count: 100_000 },
    removeOnFail: { age: 30 * DAY_SECONDS },
  };
}
