import type { AppConfig } from '@ipc/config';
import type { RemindersRepository } from '@ipc/persistence';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { DeliveryRoutes } from '../channels/delivery-routes';
import { createRedisConnection } from '../redis-connection';
import { createReminderQueue, reminderQueueTelemetry } from '../reminder-queue.factory';
import { ReminderProducer } from '../reminder-producer';
import { REMINDER_QUEUE, type ReminderJobs, type DELIVER_REMINDER } from '../reminder-queue';
import { TemplateRegistry } from '../templates/template-registry';
import { ChannelRateLimiter } from './channel-rate-limiter';
import {
  createReminderProcessor,
  type DeliveryLogger,
  type DeliveryOutcome,
  describeDeliveryError,
} from './reminder-processor';
import { ReminderRequeuer } from './reminder-requeuer';

export interface ReminderDeliveryOptions {
  config: AppConfig;
  reminders: RemindersRepository;
  logger: DeliveryLogger;
}

/** A stalled job (its worker died) is retried this often before BullMQ gives up on it. */
const MAX_STALLED_COUNT = 5;

/**
 * The BullMQ worker that delivers reminders, with what it needs: its Redis connections, the
 * channels, the per-channel rate limiter and the requeuer. `close` drains in-flight deliveries
 * for up to `timeoutMs`, then stops; a delivery cut off there is retried by another worker.
 */
export class ReminderDelivery {
  private constructor(
    readonly worker: Worker<ReminderJobs[typeof DELIVER_REMINDER], DeliveryOutcome>,
    readonly requeuer: ReminderRequeuer,
    private readonly resources: { routes: DeliveryRoutes; connections: Redis[]; closeQueue: () => Promise<void> },
  ) {}

  static start({ config, reminders: records, logger }: ReminderDeliveryOptions): ReminderDelivery {
    const settings = config.reminders;
    const routes = new DeliveryRoutes(settings, new TemplateRegistry(settings.notify.templates));
    const workerConnection = createRedisConnection(config.redis.url, 'worker');
    const commandConnection = createRedisConnection(config.redis.url, 'worker');
    const producerConnection = createRedisConnection(config.redis.url, 'producer');
    const limiter = new ChannelRateLimiter(
      commandConnection,
      `${config.redis.prefix}:reminder-rate`,
      settings.rateLimits.windowMs,
      settings.rateLimits.max,
    );

    const worker = new Worker(
      REMINDER_QUEUE,
      createReminderProcessor({
        records,
        routes,
        limiter,
        logger,
        claimLeaseMs: settings.lockMs + settings.providerTimeoutMs,
      }),
      {
        connection: workerConnection,
        prefix: config.redis.prefix,
        telemetry: reminderQueueTelemetry(),
        concurrency: settings.concurrency,
        lockDuration: settings.lockMs,
        stalledInterval: settings.lockMs,
        maxStalledCount: MAX_STALLED_COUNT,
      },
    );
    worker.on('failed', (job, error) => {
      // Only a job that gave up (finishedOn set); the processor has normally recorded it already,
      // but a job failed for stalling too often never reached the processor's catch.
      if (!job?.finishedOn) return;
      records.markFailed(job.data.reminderId, describeDeliveryError(error)).catch(() => undefined);
    });
    worker.on('error', (error) => logger.warn(`reminder worker: ${error.message}`));

    const queue = createReminderQueue(config, producerConnection);
    queue.on('error', (error) => logger.warn(`reminder queue: ${error.message}`));
    const requeuer = new ReminderRequeuer(
      records,
      new ReminderProducer(records, queue),
      queue,
      { afterMs: settings.requeueAfterMs, intervalMs: settings.requeueIntervalMs },
      logger,
    );
    requeuer.start();
    return new ReminderDelivery(worker, requeuer, {
      routes,
      connections: [workerConnection, commandConnection, producerConnection],
      closeQueue: () => queue.close(),
    });
  }

  async close(timeoutMs: number): Promise<void> {
    await this.requeuer.stop();
    let timer: NodeJS.Timeout | undefined;
    const drained = await Promise.race([
      this.worker.close().then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
    ]);
    clearTimeout(timer);
    if (!drained) await this.worker.close(true);
    await this.resources.closeQueue();
    await this.resources.routes.close();
    await Promise.all(
      this.resources.connections.map((connection) => connection.quit().catch(() => connection.disconnect())),
    );
  }
}
