import { Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@ipc/config';
import { RemindersRepository } from '@ipc/persistence';
import type { Redis } from 'ioredis';
import { createRedisConnection } from './redis-connection';
import { ReminderProducer, type ReminderQueue } from './reminder-producer';
import { createReminderQueue } from './reminder-queue.factory';

const REMINDER_QUEUE_CONNECTION = Symbol('REMINDER_QUEUE_CONNECTION');
export const REMINDER_QUEUE_TOKEN = Symbol('REMINDER_QUEUE');

/**
 * The reminder queue and its producer, for a process that asks for reminders (the Temporal worker's
 * activities). Its own fail-fast connection: a request while Redis is down fails at once and is
 * retried by Temporal, its row already stored.
 */
@Module({
  providers: [
    {
      provide: REMINDER_QUEUE_CONNECTION,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createRedisConnection(config.redis.url, 'producer'),
    },
    {
      provide: REMINDER_QUEUE_TOKEN,
      inject: [APP_CONFIG, REMINDER_QUEUE_CONNECTION],
      useFactory: (config: AppConfig, connection: Redis) => {
        const queue = createReminderQueue(config, connection);
        const logger = new Logger('ReminderQueue');
        queue.on('error', (error) => logger.warn(`reminder queue: ${error.message}`));
        return queue;
      },
    },
    {
      provide: ReminderProducer,
      inject: [RemindersRepository, REMINDER_QUEUE_TOKEN],
      useFactory: (reminders: RemindersRepository, queue: ReminderQueue) => new ReminderProducer(reminders, queue),
    },
  ],
  exports: [REMINDER_QUEUE_TOKEN, ReminderProducer],
})
export class ReminderQueueModule implements OnApplicationShutdown {
  constructor(
    @Inject(REMINDER_QUEUE_TOKEN) private readonly queue: ReminderQueue,
    @Inject(REMINDER_QUEUE_CONNECTION) private readonly connection: Redis,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
    await this.connection.quit().catch(() => this.connection.disconnect());
  }
}
