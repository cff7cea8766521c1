import { type AppConfig, tracingConfigured } from '@ipc/config';
import { Queue } from 'bullmq';
import { BullMQOtel } from 'bullmq-otel';
import type { Redis } from 'ioredis';
import type { ReminderQueue } from './reminder-producer';
import { REMINDER_QUEUE, reminderJobOptions } from './reminder-queue';

/** The reminder queue under the configured key prefix, with attempts and back-off from configuration. */
export function createReminderQueue(config: AppConfig, connection: Redis): ReminderQueue {
  return new Queue(REMINDER_QUEUE, {
    connection,
    prefix: config.redis.prefix,
    defaultJobOptions: reminderJobOptions(config.reminders),
    telemetry: reminderQueueTelemetry(),
  });
}

/** Adding and delivering a reminder as spans, when traces are exported (BullMQ's own OpenTelemetry). */
export function reminderQueueTelemetry(): BullMQOtel | undefined {
  return tracingConfigured() ? new BullMQOtel({ tracerName: 'ipc-reminders' }) : undefined;
}
