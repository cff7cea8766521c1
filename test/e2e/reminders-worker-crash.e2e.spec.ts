import { randomUUID } from 'node:crypto';
import { loadConfig } from '@ipc/config';
import { createRedisConnection, createReminderQueue, ReminderProducer } from '@ipc/notifications';
import { createDataSource, RemindersRepository } from '@ipc/persistence';
import type { DataSource } from 'typeorm';
import { NotifyTestServer } from '../support/notify-test-server';
import { spawnDeliveryProcess, type WorkerProcess } from '../support/worker-process';
import { eventually } from '../support/eventually';
import { allSettled, insertContact, ownRedisPrefix, reminderRequest, reminderRows } from '../support/reminder-fixtures';

const REMINDERS = 16;

/**
 * The delivery worker (the built dist/apps/worker/src/reminder-delivery.main.js, run alone) is
 * killed with SIGKILL while Notify holds its answers: requests Notify has accepted are in flight,
 * their reminders marked `sending` but not `sent`. Another worker takes over once the dead one's job
 * locks and claims expire; it asks Notify by reference, finds those messages and sends them no
 * second time. Run `npm run build` first.
 */
describe('A reminder delivery worker killed mid-job', () => {
  let notify: NotifyTestServer;
  let dataSource: DataSource;
  let producer: ReminderProducer;
  let closeQueue: () => Promise<void>;
  let environment: NodeJS.ProcessEnv;
  let worker: WorkerProcess | undefined;

  beforeAll(async () => {
    notify = await NotifyTestServer.start();
    environment = {
      REDIS_PREFIX: ownRedisPrefix('reminders-crash'),
      NOTIFY_BASE_URL: notify.url,
      NOTIFY_API_KEY: notify.apiKey,
      NOTIFY_TEMPLATES: JSON.stringify([
        { purpose: 'review-due', channel: 'sms', format: 'standard', language: 'en', templateId: randomUUID() },
      ]),
      REMINDER_CONCURRENCY: '4',
      REMINDER_LOCK_MS: '2000',
      REMINDER_PROVIDER_TIMEOUT_MS: '3000',
      REMINDER_BACKOFF_MS: '200',
    };
    const config = loadConfig({ ...process.env, ...environment });
    dataSource = await createDataSource(config.databaseUrl).initialize();
    const connection = createRedisConnection(config.redis.url, 'producer');
    const queue = createReminderQueue(config, connection);
    producer = new ReminderProducer(new RemindersRepository(dataSource), queue);
    closeQueue = async () => {
      await queue.close();
      await connection.quit();
    };
  });

  afterAll(async () => {
    // A failed assertion must not leave a delivery worker running.
    if (worker && worker.child.exitCode === null && worker.child.signalCode === null) {
      worker.child.kill('SIGKILL');
      await worker.exited;
    }
    await closeQueue?.();
    await dataSource?.destroy();
    await notify?.close();
  });

  it('should deliver every reminder exactly once, as counted by the Notify server', async () => {
    notify.responseDelayMs = 1500;
    const recipients = Array.from({ length: REMINDERS }, () => randomUUID());
    for (const [index, recipientId] of recipients.entries()) {
      await insertContact(
        dataSource,
        { recipientType: 'participant', recipientId, siteId: 'site-crash' },
        { channel: 'sms', phone: `07700 9${String(index).padStart(5, '0')}` },
      );
    }
    worker = await spawnDeliveryProcess(environment);
    const ids = await Promise.all(
      recipients.map(
        async (recipientId) =>
          (await producer.request(reminderRequest({ recipientId, siteId: 'site-crash', dueDate: '2027-07-01' })))
            .reminderId,
      ),
    );

    // The first four requests have reached Notify and wait for its answer: kill the worker now.
    const inFlight = await eventually(
      async () => notify.accepted.map((notification) => notification.reference ?? ''),
      (accepted) => accepted.length >= 4,
    );
    worker.child.kill('SIGKILL');
    expect(await worker.exited).toBe('SIGKILL');
    const unrecorded = (await reminderRows(dataSource, inFlight)).filter((row) => row.status === 'sending');
    expect(unrecorded.length).toBeGreaterThan(0);

    worker = await spawnDeliveryProcess(environment);
    notify.responseDelayMs = 50;
    const rows = await eventually(
      () => reminderRows(dataSource, ids),
      (current) => allSettled(current, REMINDERS),
      60_000,
    );

    expect(rows.every((row) => row.status === 'sent')).toBe(true);
    for (const id of ids) {
      expect(notify.postsFor(id)).toHaveLength(1);
      expect(notify.acceptedFor(id)).toHaveLength(1);
    }
    // The ones cut off mid-request were found at Notify by their reference, not sent again.
    for (const row of unrecorded) {
      expect(notify.lookupsFor(row.id).length).toBeGreaterThan(0);
      const after = rows.find((current) => current.id === row.id);
      expect(after?.providerReference).toBe(notify.acceptedFor(row.id)[0].id);
    }

    const second = worker;
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 120_000);
});
