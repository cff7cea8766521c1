import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ReminderProducer } from '@ipc/notifications';
import { DataSource } from 'typeorm';
import { ReminderDeliveryAppModule } from '../../apps/worker/src/reminder-delivery-app.module';
import { NotifyTestServer } from '../support/notify-test-server';
import { OwnRedisServer } from '../support/redis-server';
import { eventually } from '../support/eventually';
import {
  allSettled,
  insertContact,
  ownRedisPrefix,
  reminderRequest,
  reminderRows,
  useEnvironment,
} from '../support/reminder-fixtures';

const BEFORE_OUTAGE = 40;
const DURING_OUTAGE = 5;

/**
 * Redis stopped in the middle of a burst of deliveries and started again, empty (no persistence):
 * every job it held is gone. The reminders table still says what is owed, and the requeuer puts it
 * back. Uses a redis-server of its own, so the machine's Redis is never touched.
 */
describe('Reminder delivery through a Redis outage', () => {
  let redis: OwnRedisServer;
  let notify: NotifyTestServer;
  let restoreEnvironment: () => void;
  let delivery: INestApplicationContext;
  let dataSource: DataSource;
  let producer: ReminderProducer;

  beforeAll(async () => {
    redis = await OwnRedisServer.start();
    notify = await NotifyTestServer.start();
    const templateId = randomUUID();
    restoreEnvironment = useEnvironment({
      REDIS_URL: redis.url,
      REDIS_PREFIX: ownRedisPrefix('reminders-outage'),
      NOTIFY_BASE_URL: notify.url,
      NOTIFY_API_KEY: notify.apiKey,
      NOTIFY_TEMPLATES: JSON.stringify([
        { purpose: 'review-due', channel: 'email', format: 'standard', language: 'en', templateId },
      ]),
      REMINDER_CONCURRENCY: '4',
      REMINDER_ATTEMPTS: '10',
      REMINDER_BACKOFF_MS: '200',
      REMINDER_LOCK_MS: '2000',
      REMINDER_PROVIDER_TIMEOUT_MS: '2000',
      REMINDER_REQUEUE_AFTER_MS: '1000',
      REMINDER_REQUEUE_INTERVAL_MS: '500',
    });
    delivery = await NestFactory.createApplicationContext(ReminderDeliveryAppModule, { logger: ['error'] });
    dataSource = delivery.get(DataSource);
    producer = delivery.get(ReminderProducer);
  });

  afterAll(async () => {
    await delivery?.close();
    await redis?.stop();
    await notify?.close();
    restoreEnvironment?.();
  });

  async function recipient(): Promise<string> {
    const recipientId = randomUUID();
    await insertContact(
      dataSource,
      { recipientType: 'participant', recipientId, siteId: 'site-outage' },
      { channel: 'email', email: `${recipientId}@example.com` },
    );
    return recipientId;
  }

  const request = (recipientId: string) =>
    producer.request(reminderRequest({ recipientId, siteId: 'site-outage', dueDate: '2027-05-01' }));

  it('should lose no reminder and send none twice when Redis stops mid-delivery and comes back empty', async () => {
    notify.responseDelayMs = 100;
    const early = await Promise.all(Array.from({ length: BEFORE_OUTAGE }, recipient));
    const ids = (await Promise.all(early.map(request))).map((reminder) => reminder.reminderId);
    await eventually(
      async () => notify.accepted.length,
      (accepted) => accepted >= 8,
    );

    await redis.stop();
    const sentAtOutage = notify.accepted.length;
    // More were still waiting in Redis than the worker holds in hand (concurrency 4): those jobs are lost.
    expect(sentAtOutage + 4).toBeLessThan(BEFORE_OUTAGE);
    // Asked for while Redis is down: the request fails (Temporal would retry it), its row is kept.
    const late = await Promise.all(Array.from({ length: DURING_OUTAGE }, recipient));
    for (const recipientId of late) await expect(request(recipientId)).rejects.toThrow();
    const lateRows = await dataSource.query(`SELECT id, status FROM reminders WHERE recipient_id = ANY($1::text[])`, [
      late,
    ]);
    expect(lateRows).toHaveLength(DURING_OUTAGE);
    expect(lateRows.every((row: { status: string }) => row.status === 'queued')).toBe(true);
    ids.push(...lateRows.map((row: { id: string }) => row.id));
    await new Promise((resolve) => setTimeout(resolve, 1500));

    await redis.startAgain();
    const rows = await eventually(
      () => reminderRows(dataSource, ids),
      (current) => allSettled(current, ids.length),
      60_000,
    );

    expect(rows.every((row) => row.status === 'sent')).toBe(true);
    for (const id of ids) expect(notify.acceptedFor(id)).toHaveLength(1);
    const ours = new Set(ids);
    expect(notify.accepted.filter((sent) => ours.has(sent.reference ?? ''))).toHaveLength(
      BEFORE_OUTAGE + DURING_OUTAGE,
    );
  }, 90_000);
});
