import { randomUUID } from 'node:crypto';
import { IdempotencyKeysRepository, type IdempotentRequest } from '@ipc/persistence';
import type { DataSource } from 'typeorm';
import { openRunDatabase, ownSiteId } from '../support/persistence-database';

const LEASE_MS = 60_000;

describe(IdempotencyKeysRepository.name, () => {
  let dataSource: DataSource;
  let sut: IdempotencyKeysRepository;
  const request = (): IdempotentRequest => ({
    siteId: ownSiteId(),
    key: randomUUID(),
    operation: 'POST /api/v1/carers',
    requestHash: 'a'.repeat(64),
  });

  beforeAll(async () => {
    dataSource = await openRunDatabase();
    sut = new IdempotencyKeysRepository(dataSource);
  });

  afterAll(() => dataSource.destroy());

  describe('claim', () => {
    it('should let one request hold a new key and tell a second that it is running', async () => {
      const sent = request();

      expect(await sut.claim(sent, LEASE_MS)).toMatchObject({ state: 'claimed' });
      expect(await sut.claim(sent, LEASE_MS)).toEqual({
        state: 'running',
        operation: sent.operation,
        requestHash: sent.requestHash,
      });
    });
  });

  describe('complete', () => {
    it('should keep the first answer for every repeat', async () => {
      const sent = request();
      const claim = await sut.claim(sent, LEASE_MS);
      if (claim.state !== 'claimed') throw new Error('not claimed');
      await sut.complete(sent, claim.token, { status: 201, body: { id: 'carer-1' } });

      expect(await sut.claim(sent, LEASE_MS)).toMatchObject({
        state: 'completed',
        answer: { status: 201, body: { id: 'carer-1' } },
      });
    });
  });

  describe('renew', () => {
    it('should keep a running claim from being taken over, and let one that stopped renewing go', async () => {
      const sent = request();
      const claim = await sut.claim(sent, 200);
      if (claim.state !== 'claimed') throw new Error('not claimed');

      expect(await sut.renew(sent, claim.token, LEASE_MS)).toBe(true);
      await new Promise((pause) => setTimeout(pause, 300));
      expect(await sut.claim(sent, LEASE_MS)).toMatchObject({ state: 'running' });

      expect(await sut.renew(sent, claim.token, 1)).toBe(true);
      await new Promise((pause) => setTimeout(pause, 50));
      const takeover = await sut.claim(sent, LEASE_MS);
      expect(takeover).toMatchObject({ state: 'claimed' });
      expect(await sut.renew(sent, claim.token, LEASE_MS)).toBe(false);
    });
  });

  describe('abandon', () => {
    it('should free a forgotten key for any request', async () => {
      const sent = request();
      const claim = await sut.claim(sent, LEASE_MS);
      if (claim.state !== 'claimed') throw new Error('not claimed');
      await sut.abandon(sent, claim.token, 'forget');

      expect(await sut.claim({ ...sent, requestHash: 'b'.repeat(64) }, LEASE_MS)).toMatchObject({ state: 'claimed' });
    });

    it('should let a retry of the same request take a released key, but not another request', async () => {
      const sent = request();
      const claim = await sut.claim(sent, LEASE_MS);
      if (claim.state !== 'claimed') throw new Error('not claimed');
      await sut.abandon(sent, claim.token, 'release');

      expect(await sut.claim({ ...sent, requestHash: 'b'.repeat(64) }, LEASE_MS)).toMatchObject({ state: 'running' });
      expect(await sut.claim(sent, LEASE_MS)).toMatchObject({ state: 'claimed' });
    });
  });
});
