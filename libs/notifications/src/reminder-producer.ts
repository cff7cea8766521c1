import { reminderKey, reminderRequestProblems, type RequestedReminder, type RequestReminderInput } from '@ipc/domain';
import type { Queue } from 'bullmq';
import { DELIVER_REMINDER, type ReminderJobs, reminderJobId } from './reminder-queue';
import type { RemindersRepository } from '@ipc/persistence';

export type ReminderQueue = Queue<ReminderJobs[typeof DELIVER_REMINDER]>;

/** A request that no retry can make valid (unknown purpose, bad date...). */
export class InvalidReminderRequestError extends Error {
  override readonly name = 'InvalidReminderRequestError';
}

/**
 * Asks for a reminder: records it (once per key) and enqueues its delivery (once per key while the
 * job exists). The row goes first, so a crash between the two leaves a queued row that a retried
 * request, or the requeuer, enqueues; never a job without its row.
 */
export class ReminderProducer {
  constructor(
    private readonly records: RemindersRepository,
    private readonly queue: ReminderQueue,
  ) {}

  async request(input: RequestReminderInput): Promise<RequestedReminder> {
    const problems = reminderRequestProblems(input);
    if (problems.length) throw new InvalidReminderRequestError(`invalid reminder request: ${problems.join('; ')}`);
    const key = reminderKey(input);
    const reminder = await this.records.insertOrFind(input, key);
    if (reminder.status === 'queued' || reminder.status === 'sending') await this.enqueue(reminder.id, key);
    return { reminderId: reminder.id, status: reminder.status };
  }

  /**
   * Delivers a failed reminder again, with fresh attempts. Its old job, kept in the failed set, would
   * refuse the same id, so it goes first; then the row returns to `queued` (only if still failed, so
   * a repeated request changes nothing and answers false) and a new job is added. Should Redis fail
   * after the row changed, the requeuer adds the job.
   */
  async resend(reminderId: string, reminderKey: string): Promise<boolean> {
    await this.queue.remove(reminderJobId(reminderKey));
    if (!(await this.records.requeueFailed(reminderId))) return false;
    await this.enqueue(reminderId, reminderKey);
    return true;
  }

  /** Adds the delivery job; a no-op while a job for this reminder exists in any state. */
  async enqueue(reminderId: string, key: string): Promise<void> {
    await this.queue.add(DELIVER_REMINDER, { reminderId }, { jobId: reminderJobId(key) });
  }
}
