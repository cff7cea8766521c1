import { randomUUID } from 'node:crypto';
import { reminderKey } from '@ipc/domain';
import { RemindersRepository } from '@ipc/persistence';
import type { DataSource } from 'typeorm';
import { reminderRequest } from '../factories/reminder.factory';
import { openRunDatabase, ownSiteId } from '../support/persistence-database';

const ROUTE = { channel: 'email', provider: 'notify', templateId: 'review-due-email' };
const LEASE_MS = 60_000;

describe(RemindersRepository.name, () => {
  let dataSource: DataSource;
  let sut: RemindersRepository;
  const siteId = ownSiteId();

  /** A new queued reminder at the spec's site. */
  const requested = async (overrides: Parameters<typeof reminderRequest>[0] = {}) => {
    const input = reminderRequest({ siteId, ...overrides });
    const key = reminderKey(input);
    return { input, key, ...(await sut.insertOrFind(input, key)) };
  };

  beforeAll(async () => {
    dataSource = await openRunDatabase();
    sut = new RemindersRepository(dataSource);
  });

  afterAll(() => dataSource.destroy());

  describe('insertOrFind', () => {
    it('should give the same queued reminder however often its key is asked for', async () => {
      const first = await requested();

      expect(first.status).toBe('queued');
      expect(await sut.insertOrFind(first.input, first.key)).toEqual({ id: first.id, status: 'queued' });
    });
  });

  describe('loadForDelivery', () => {
    it('should load the reminder without contact details when none are recorded', async () => {
      const { id, input } = await requested({ topic: 'annual-review' });

      expect(await sut.loadForDelivery(id)).toMatchObject({
        id,
        recipientId: input.recipientId,
        participantId: input.recipientId,
        topic: 'annual-review',
        dueDate: '2026-06-01',
        status: 'queued',
        contact: null,
      });
    });

    it('should be undefined for an unknown reminder', async () => {
      expect(await sut.loadForDelivery(randomUUID())).toBeUndefined();
    });
  });

  describe('claim', () => {
    it('should let one attempt hold the reminder and make another wait', async () => {
      const { id } = await requested();

      expect(await sut.claim(id, ROUTE, LEASE_MS)).toEqual({ outcome: 'claimed', previousStatus: 'queued' });
      const second = await sut.claim(id, ROUTE, LEASE_MS);
      expect(second.outcome).toBe('busy');
    });

    it('should let the next attempt take a released claim, knowing an earlier one may have reached the provider', async () => {
      const { id } = await requested();
      await sut.claim(id, ROUTE, LEASE_MS);
      await sut.recordAttemptError(id, 'timed out');

      expect(await sut.claim(id, ROUTE, LEASE_MS)).toEqual({ outcome: 'claimed', previousStatus: 'sending' });
    });

    it('should say a sent reminder is finished', async () => {
      const { id } = await requested();
      await sut.claim(id, ROUTE, LEASE_MS);
      await sut.markSent(id, 'notify-ref-1');

      expect(await sut.claim(id, ROUTE, LEASE_MS)).toEqual({ outcome: 'finished', status: 'sent' });
    });
  });

  describe('markFailed', () => {
    it('should never move a sent reminder back to failed', async () => {
      const { id } = await requested();
      await sut.claim(id, ROUTE, LEASE_MS);
      await sut.markSent(id, 'notify-ref-2');
      await sut.markFailed(id, 'late failure');

      expect(await sut.reload(id)).toMatchObject({ status: 'sent', providerReference: 'notify-ref-2' });
    });
  });

  describe('requeueFailed', () => {
    it('should queue a failed reminder again once, with fresh attempts', async () => {
      const { id } = await requested();
      await sut.claim(id, ROUTE, LEASE_MS);
      await sut.markFailed(id, 'no such address');

      expect(await sut.requeueFailed(id)).toBe(true);
      expect(await sut.requeueFailed(id)).toBe(false);
      expect(await sut.reload(id)).toMatchObject({ status: 'queued', attempts: 0, lastError: null });
    });
  });

  describe('recordDeliveryReceipt', () => {
    it('should turn a sent reminder into a failed one on a failure receipt, and ignore an older receipt', async () => {
      const { id } = await requested();
      await sut.claim(id, ROUTE, LEASE_MS);
      await sut.markSent(id, 'notify-ref-3');
      const at = new Date('2026-05-04T10:00:00Z');
      const receipt = { reminderId: id, providerReference: 'notify-ref-3', at };

      expect(await sut.recordDeliveryReceipt({ ...receipt, status: 'permanent-failure', failed: true })).toBe(true);
      const older = { ...receipt, at: new Date('2026-05-04T09:00:00Z'), status: 'delivered', failed: false };
      expect(await sut.recordDeliveryReceipt(older)).toBe(false);
      expect(await sut.reload(id)).toMatchObject({ status: 'failed', deliveryStatus: 'permanent-failure' });
    });

    it('should match nothing for another message’s reference', async () => {
      const { id } = await requested();
      await sut.claim(id, ROUTE, LEASE_MS);
      await sut.markSent(id, 'notify-ref-4');

      const receipt = {
        reminderId: id,
        providerReference: 'other',
        status: 'delivered',
        at: new Date(),
        failed: false,
      };
      expect(await sut.recordDeliveryReceipt(receipt)).toBe(false);
    });
  });

  describe('findStale', () => {
    it('should find unfinished reminders nobody touched for the given time', async () => {
      const { id } = await requested();

      expect((await sut.findStale(0, 10_000)).map((stale) => stale.id)).toContain(id);
      expect((await sut.findStale(3_600_000, 10_000)).map((stale) => stale.id)).not.toContain(id);
    });
  });

  describe('listForSite', () => {
    it('should page the site’s reminders, filtered by status', async () => {
      const listedSite = ownSiteId();
      await requested({ siteId: listedSite });
      const failed = await requested({ siteId: listedSite });
      await sut.claim(failed.id, ROUTE, LEASE_MS);
      await sut.markFailed(failed.id, 'no such address');

      const [reminders, total] = await sut.listForSite(listedSite, { status: 'failed', page: 1, pageSize: 10 });
      expect(reminders.map((reminder) => reminder.id)).toEqual([failed.id]);
      expect(total).toBe(1);
      expect(await sut.listForSite('another-site', { status: 'failed', page: 1, pageSize: 10 })).toEqual([[], 0]);
    });
  });

  describe('findAtSite', () => {
    it('should not find another site’s reminder', async () => {
      const { id } = await requested();

      expect(await sut.findAtSite(siteId, id)).toMatchObject({ id });
      expect(await sut.findAtSite('another-site', id)).toBeNull();
    });
  });

  describe('aboutCarer', () => {
    it('should list reminders to the carer and to their team about them, earliest due first', async () => {
      const carerId = randomUUID();
      const toTeam = await requested({
        recipientType: 'coordinator',
        recipientId: 'team-a1',
        carerId,
        dueDate: '2026-07-01',
      });
      const toCarer = await requested({ recipientType: 'carer', recipientId: carerId, dueDate: '2026-06-01' });

      const [listed, total] = await sut.aboutCarer(siteId, carerId, { skip: 0, take: 25 });

      expect(listed.map((reminder) => reminder.id)).toEqual([toCarer.id, toTeam.id]);
      expect(total).toBe(2);
      expect((await sut.aboutCarer(siteId, carerId, { skip: 1, take: 25 }))[0].map((reminder) => reminder.id)).toEqual([
        toTeam.id,
      ]);
    });
  });

  describe('aboutParticipant', () => {
    it('should list reminders about the person', async () => {
      const participantId = randomUUID();
      const { id } = await requested({ recipientType: 'participant', recipientId: participantId });

      const [listed, total] = await sut.aboutParticipant(siteId, participantId, { skip: 0, take: 25 });

      expect(listed.map((reminder) => reminder.id)).toEqual([id]);
      expect(total).toBe(1);
    });
  });
});
