import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppConfig, loadConfig } from '@ipc/config';
import { createRedisConnection, createReminderQueue, type ReminderQueue, ReminderProducer } from '@ipc/notifications';
import { ReminderEntity, RemindersRepository } from '@ipc/persistence';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { ReminderDeliveryService } from '../../apps/worker/src/reminder-delivery.service';
import { eventually } from '../support/eventually';
import { openRunDatabase } from '../support/persistence-database';
import { insertContact, ownRedisPrefix, reminderRequest, useEnvironment } from '../support/reminder-fixtures';

describe(ReminderDeliveryService.name, () => {
  let restoreEnvironment: () => void;
  let dataDir: string;
  let config: AppConfig;
  let dataSource: DataSource;
  let connection: Redis;
  let queue: ReminderQueue;
  let producer: ReminderProducer;
  let reminders: RemindersRepository;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ipc-delivery-spec-'));
    // No Notify key and no SMTP: every channel falls to the outbox in the data directory.
    restoreEnvironment = useEnvironment({
      REDIS_PREFIX: ownRedisPrefix('delivery-service'),
      DATA_DIR: dataDir,
      NOTIFY_API_KEY: undefined,
      SMTP_URL: undefined,
    });
    config = loadConfig();
    dataSource = await openRunDatabase();
    reminders = new RemindersRepository(dataSource);
    connection = createRedisConnection(config.redis.url, 'producer');
    queue = createReminderQueue(config, connection);
    producer = new ReminderProducer(reminders, queue);
  });

  afterAll(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
    connection.disconnect();
    await dataSource.destroy();
    await rm(dataDir, { recursive: true, force: true });
    restoreEnvironment();
  });

  /** A reminder for a participant of the site who reads letters, asked for through the producer. */
  async function requestLetter() {
    const recipientId = randomUUID();
    await insertContact(
      dataSource,
      { recipientType: 'participant', recipientId, siteId: 'site-a' },
      { channel: 'letter', postalAddress: { lines: ['1 Test Street', 'Leeds'], postcode: 'LS1 4AP' } },
    );
    return producer.request(reminderRequest({ recipientId, participantId: recipientId }));
  }

  const row = (reminderId: string) => dataSource.getRepository(ReminderEntity).findOneByOrFail({ id: reminderId });

  describe('onApplicationBootstrap', () => {
    it('should deliver a queued reminder through its channel and record it sent', async () => {
      const sut = new ReminderDeliveryService(config, reminders);
      await sut.onApplicationBootstrap();
      try {
        const { reminderId } = await requestLetter();

        const sent = await eventually(
          () => row(reminderId),
          (reminder) => reminder.status === 'sent',
        );

        expect(sent).toMatchObject({ status: 'sent', provider: 'outbox' });
        const message = JSON.parse(await readFile(join(dataDir, 'outbox', `${reminderId}.json`), 'utf8'));
        expect(message).toMatchObject({ reminderId, channel: 'letter' });
      } finally {
        await sut.onModuleDestroy();
      }
    });
  });

  describe('onModuleDestroy', () => {
    it('should stop taking jobs: a reminder asked for afterwards waits queued for the next worker', async () => {
      const stopped = new ReminderDeliveryService(config, reminders);
      await stopped.onApplicationBootstrap();
      await stopped.onModuleDestroy();

      const { reminderId } = await requestLetter();
      expect(await row(reminderId)).toMatchObject({ status: 'queued' });

      const next = new ReminderDeliveryService(config, reminders);
      await next.onApplicationBootstrap();
      try {
        await eventually(
          () => row(reminderId),
          (reminder) => reminder.status === 'sent',
        );
      } finally {
        await next.onModuleDestroy();
      }
    });
  });
});
