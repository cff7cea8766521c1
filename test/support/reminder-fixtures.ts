import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { daysBetween, londonDate, type RequestReminderInput } from '@ipc/domain';
import { ReminderEntity } from '@ipc/persistence';
import { type DataSource, In } from 'typeorm';
import { reminderRequest as reviewReminderRequest } from '../factories/reminder.factory';

/** Sets environment variables for one test file; the returned function puts the old values back. */
export function useEnvironment(vars: Record<string, string | undefined>): () => void {
  const previous = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = value;
    }
  };
  apply(vars);
  return () => apply(previous);
}

/** A key prefix of the file's own under the run's, so no other test file's worker takes its jobs. */
export const ownRedisPrefix = (label: string) =>
  `${process.env.REDIS_PREFIX ?? 'ipc-test'}-${label}-${randomUUID().slice(0, 8)}`;

/** A review reminder due a few months ahead (the delivery tests run in real time, far from its send date). */
export const reminderRequest = (overrides: Partial<RequestReminderInput> = {}): RequestReminderInput =>
  reviewReminderRequest({ dueDate: '2027-03-01', ...overrides });

/** Contact preferences written straight to the table, for tests that deliver without the API. */
export async function insertContact(
  dataSource: DataSource,
  recipient: { recipientType: string; recipientId: string; siteId: string },
  contact: {
    channel: string;
    email?: string;
    phone?: string;
    postalAddress?: { lines: string[]; postcode: string };
    format?: string;
    language?: string;
  },
): Promise<void> {
  await dataSource.query(
    `INSERT INTO contact_preferences (recipient_type, recipient_id, site_id, channel, email, phone, format, language,
                                      postal_address, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'test')`,
    [
      recipient.recipientType,
      recipient.recipientId,
      recipient.siteId,
      contact.channel,
      contact.email ?? null,
      contact.phone ?? null,
      contact.format ?? 'standard',
      contact.language ?? 'en',
      contact.postalAddress ?? null,
    ],
  );
}

export function reminderRows(dataSource: DataSource, ids: string[]): Promise<ReminderEntity[]> {
  return dataSource.getRepository(ReminderEntity).find({ where: { id: In(ids) } });
}

export const allSettled = (rows: ReminderEntity[], count: number) =>
  rows.length === count && rows.every((row) => row.status === 'sent' || row.status === 'failed');

/** The stack's in-process worker (started unless `worker: false`). */
export function workerOf(stack: { worker?: INestApplicationContext }): INestApplicationContext {
  if (!stack.worker) throw new Error('this test stack was started without its worker');
  return stack.worker;
}

/** Whole days from today (Europe/London) to a date: what a reminder sent today says is left. */
export const daysUntil = (date: string) => daysBetween(londonDate(new Date()), date);
