import type { ReminderProducer, ReminderQueue } from '../reminder-producer';
import { reminderJobId } from '../reminder-queue';
import type { RemindersRepository } from '@ipc/persistence';
import type { DeliveryLogger } from './reminder-processor';

export interface RequeueOptions {
  /** A reminder unfinished and untouched this long is checked against the queue. */
  afterMs: number;
  intervalMs: number;
  batchSize?: number;
}

/**
 * PostgreSQL, not Redis, is the record of which reminders are owed. Redis can lose jobs (restarted
 * without persistence, failed over, flushed), and a request can die between inserting its row and
 * enqueueing. Every interval this looks at reminders still queued or sending that nobody has
 * touched for a while and enqueues any whose job is gone; the deterministic job id makes that a
 * no-op when the job is still there, so several workers may run it at once.
 */
export class ReminderRequeuer {
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<number>;

  constructor(
    private readonly records: RemindersRepository,
    private readonly producer: ReminderProducer,
    private readonly queue: ReminderQueue,
    private readonly options: RequeueOptions,
    private readonly logger: DeliveryLogger,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.sweepOnce(), this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }

  /** One sweep (skipped while another runs); resolves with how many reminders were enqueued again. */
  sweepOnce(): Promise<number> {
    this.sweeping ??= this.sweep()
      .catch((error: unknown) => {
        this.logger.warn(`reminder requeue sweep failed: ${error instanceof Error ? error.message : String(error)}`);
        return 0;
      })
      .finally(() => (this.sweeping = undefined));
    return this.sweeping;
  }

  private async sweep(): Promise<number> {
    const stale = await this.records.findStale(this.options.afterMs, this.options.batchSize ?? 500);
    let requeued = 0;
    for (const reminder of stale) {
      const job = await this.queue.getJob(reminderJobId(reminder.reminderKey));
      if (!job) {
        await this.producer.enqueue(reminder.id, reminder.reminderKey);
        requeued++;
      } else if ((await job.getState()) === 'failed') {
        // Its job gave up but the outcome never reached the table (the worker died in between).
        await this.records.markFailed(reminder.id, job.failedReason || 'delivery failed');
      }
    }
    if (requeued) this.logger.log(`requeued ${requeued} reminders whose jobs were missing`);
    return requeued;
  }
}
