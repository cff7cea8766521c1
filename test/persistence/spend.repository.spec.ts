import { randomUUID } from 'node:crypto';
import { type NewSpendRecord, SpendRepository } from '@ipc/persistence';
import type { DataSource } from 'typeorm';
import { openOwnDatabase, referredParticipant } from './journey-fixtures';

const ITEM = '0b8d6c1e-2f3a-4e5b-8c7d-9e0f1a2b3c4d';
const OTHER_ITEM = '1c9e7d2f-3a4b-4f6c-9d8e-0f1a2b3c4d5e';

describe(SpendRepository.name, () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;
  let spend: SpendRepository;

  beforeAll(async () => {
    ({ dataSource, close } = await openOwnDatabase());
    spend = new SpendRepository(dataSource);
  });
  afterAll(() => close());

  const record = (participantId: string, overrides: Partial<NewSpendRecord> = {}): NewSpendRecord => ({
    participantId,
    siteId: 'site-a',
    planItemId: ITEM,
    amountPence: '1250',
    spentOn: '2026-10-20',
    source: 'card-transaction',
    kind: 'spend',
    description: null,
    requestId: randomUUID(),
    requestRow: 0,
    recordedBy: 'coordinator-a',
    ...overrides,
  });
  const accept = () => {};

  describe('addRequest', () => {
    it('should keep every record of a request, the check seeing what was recorded before', async () => {
      const { id } = await referredParticipant(dataSource);
      const seen: bigint[] = [];
      await spend.addRequest(id, [record(id, { amountPence: '100' })], accept);
      const requestId = randomUUID();
      const rows = [2, 3, 4].map((requestRow) => record(id, { requestId, requestRow }));
      await expect(spend.addRequest(id, rows, (recorded) => void seen.push(recorded))).resolves.toBe(true);
      expect(seen).toEqual([100n]);
      await expect(spend.countOfRequest(id, requestId)).resolves.toBe(3);
      await expect(spend.firstOfRequest(id, requestId)).resolves.toMatchObject({ requestRow: 2 });
    });

    it('should keep nothing when the check refuses', async () => {
      const { id } = await referredParticipant(dataSource);
      const refuse = () => {
        throw new Error('beyond the cap');
      };
      await expect(spend.addRequest(id, [record(id)], refuse)).rejects.toThrow('beyond the cap');
      await expect(spend.list(id, {})).resolves.toEqual([]);
    });

    it('should answer false and keep nothing new when the request id was recorded already', async () => {
      const { id } = await referredParticipant(dataSource);
      const first = record(id);
      await spend.addRequest(id, [first], accept);
      const again = record(id, { requestId: first.requestId, amountPence: '9' });
      await expect(spend.addRequest(id, [again], accept)).resolves.toBe(false);
      await expect(spend.list(id, {})).resolves.toEqual([expect.objectContaining({ amountPence: '1250' })]);
    });
  });

  describe('list', () => {
    it('should list the records of a period, both ends inclusive, by date spent', async () => {
      const { id } = await referredParticipant(dataSource);
      for (const spentOn of ['2026-10-31', '2026-10-01', '2026-11-01', '2026-09-30']) {
        await spend.addRequest(id, [record(id, { spentOn })], accept);
      }
      const dates = async (period: { from?: string; to?: string }) =>
        (await spend.list(id, period)).map((row) => row.spentOn);
      await expect(dates({ from: '2026-10-01', to: '2026-10-31' })).resolves.toEqual(['2026-10-01', '2026-10-31']);
      await expect(dates({ from: '2026-10-31' })).resolves.toEqual(['2026-10-31', '2026-11-01']);
      await expect(dates({ to: '2026-09-30' })).resolves.toEqual(['2026-09-30']);
    });
  });

  describe('summarise', () => {
    it('should add up each item in the period, start inclusive and end exclusive, counting service use', async () => {
      const { id } = await referredParticipant(dataSource);
      const rows = [
        record(id, { spentOn: '2026-10-15', amountPence: '1000' }),
        record(id, { spentOn: '2027-10-14', amountPence: '500', kind: 'service-use', requestRow: 1 }),
        record(id, { spentOn: '2026-11-01', amountPence: '7', planItemId: OTHER_ITEM, requestRow: 2 }),
        record(id, { spentOn: '2027-10-15', amountPence: '99999', requestRow: 3 }),
      ];
      const requestId = randomUUID();
      await spend.addRequest(
        id,
        rows.map((row) => ({ ...row, requestId })),
        accept,
      );
      await expect(spend.summarise(id, '2026-10-15', '2027-10-15')).resolves.toEqual({
        byItem: [
          { planItemId: ITEM, spentPence: 1500, serviceUseCount: 1 },
          { planItemId: OTHER_ITEM, spentPence: 7, serviceUseCount: 0 },
        ],
        totalPence: 1507,
      });
    });

    it('should refuse a period that is not of calendar dates', async () => {
      await expect(spend.summarise(randomUUID(), '2027-10-15', '2026-10-15')).rejects.toThrow(RangeError);
    });
  });
});
