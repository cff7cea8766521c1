import { randomUUID } from 'node:crypto';
import { REMINDER_QUEUE, type ReminderProducer } from '@ipc/notifications';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { forEachConcurrently } from './concurrency-pool';

/** One email recipient per reminder, at the benchmark's own site; returns their ids. */
export async function seedRecipients(dataSource: DataSource, siteId: string, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  for (let start = 0; start < ids.length; start += 5000) {
    const batch = ids.slice(start, start + 5000);
    await dataSource.query(
      `INSERT INTO contact_preferences (recipient_type, recipient_id, site_id, channel, email, updated_by)
       SELECT 'participant', id, $2, 'email', id || '@bench.example', 'bench' FROM unnest($1::text[]) AS id`,
      [batch, siteId],
    );
  }
  return ids;
}

/** Asks for one reminder per recipient, as the workflows would, `concurrency` requests at a time. */
export async function requestReminders(
  producer: ReminderProducer,
  siteId: string,
  recipientIds: readonly string[],
  concurrency: number,
): Promise<void> {
  await forEachConcurrently(recipientIds, concurrency, async (recipientId) => {
    await producer.request({
      recipientType: 'participant',
      recipientId,
      participantId: recipientId,
      siteId,
      purpose: 'review-due',
      dueDate: '2027-09-01',
      leadDays: 28,
    });
  });
}

export async function deliveryCounts(dataSource: DataSource, siteId: string) {
  const [row] = await dataSource.query(
    `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent,
            count(*) FILTER (WHERE status = 'failed')::int AS failed,
            count(*)::int AS total,
            EXTRACT(EPOCH FROM (max(sent_at) - min(last_attempt_at))) * 1000 AS delivery_ms
       FROM reminders WHERE site_id = $1`,
    [siteId],
  );
  return row as { sent: number; failed: number; total: number; delivery_ms: number | null };
}

/** Deletes the run's rows and every Redis key under its own prefix; returns the rows deleted. */
export async function cleanUpReminderBench(dataSource: DataSource, redis: Redis, siteId: string, prefix: string) {
  const reminders = await dataSource.query(`DELETE FROM reminders WHERE site_id = $1`, [siteId]);
  const contacts = await dataSource.query(`DELETE FROM contact_preferences WHERE site_id = $1`, [siteId]);
  let keys = 0;
  for (const pattern of [`${prefix}:${REMINDER_QUEUE}:*`, `${prefix}:reminder-rate:*`]) {
    let cursor = '0';
    do {
      const [next, found] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      cursor = next;
      if (found.length) keys += await redis.del(...found);
    } while (cursor !== '0');
  }
  return { reminders: Number(reminders[1] ?? 0), contacts: Number(contacts[1] ?? 0), keys };
}
