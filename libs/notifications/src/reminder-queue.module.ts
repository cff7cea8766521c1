import { Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@ipc/config';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { createRedisConnection } from './redis-connection';
import { ReminderProducer, type ReminderQueue } from './reminder-producer';
import { createReminderQueue } from './reminder-queue.factory';
import { ReminderRecords } from './reminder-records';

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
      provide: ReminderRecords,
      inject: [DataSource],
      useFactory: (dataSource: DataSource) => new ReminderRecords(dataSource),
    },
    {
      provide: ReminderProducer,
      inject: [ReminderRecords, REMINDER_QUEUE_TOKEN],
      useFactory: (records: ReminderRecords, queue: ReminderQueue) => new ReminderProducer(records, queue),
    },
  ],
  exports: [REMINDER_QUEUE_TOKEN, ReminderRecords, ReminderProducer],
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
