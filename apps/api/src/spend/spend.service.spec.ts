import { MAX_RECORDED_SPEND_PENCE } from '@ipc/domain';
import { participantRow } from '../../../../test/factories/participant.factory';
import {
  InMemoryCarePlans,
  InMemoryParticipants,
  InMemorySpend,
  participantsServiceOver,
} from '../../../../test/in-memory/journey-stores';
import { staff } from '../../../../test/support/test-staff';
import type { RecordSpendDto } from './dto/record-spend.dto';
import { SpendService } from './spend.service';

const coordinator = staff.coordinator;
const ITEM = '0b8d6c1e-2f3a-4e5b-8c7d-9e0f1a2b3c4d';

const spendRecord = (overrides: Partial<RecordSpendDto> = {}): RecordSpendDto => ({
  planItemId: ITEM,
  amountPence: 1250,
  spentOn: '2026-10-20',
  source: 'card-transaction',
  kind: 'spend',
  ...overrides,
});

function setup({ stage = 'delivery' } = {}) {
  const participant = participantRow({ stage });
  const spend = new InMemorySpend();
  const carePlans = new InMemoryCarePlans([
    {
      participantId: participant.id,
      version: 1,
      requestId: 'plan-1',
      coordinatorId: 'coordinator-a',
      totalAnnualCostPence: '936000',
      content: { supportItems: [{ itemId: ITEM }] },
      agreedOn: '2026-10-08',
      createdAt: new Date(),
    },
  ]);
  const service = new SpendService(spend, carePlans, participantsServiceOver(new InMemoryParticipants(participant)));
  return { service, spend, participant };
}

describe(SpendService.name, () => {
  describe('record', () => {
    it('should record one JSON record and answer it', async () => {
      const { service, spend, participant } = setup();
      const answer = await service.record(
        coordinator,
        participant.id,
        { format: 'record', record: spendRecord() },
        'k1',
      );
      expect(answer).toMatchObject({ planItemId: ITEM, amountPence: 1250, recordedBy: coordinator.staffId });
      expect(spend.records).toEqual([expect.objectContaining({ requestId: 'k1', requestRow: 0, amountPence: '1250' })]);
    });

    it('should give a retried request its first answer and record nothing twice', async () => {
      const { service, spend, participant } = setup();
      const submission = { format: 'record' as const, record: spendRecord() };
      const first = await service.record(coordinator, participant.id, submission, 'k1');
      await expect(service.record(coordinator, participant.id, submission, 'k1')).resolves.toEqual(first);
      expect(spend.records).toHaveLength(1);
    });

    it('should record every row of a CSV upload and answer how many', async () => {
      const { service, spend, participant } = setup();
      const csv = [
        'plan_item_id,amount_pence,spent_on,source,kind,description',
        `${ITEM},100,2026-10-01,card-transaction,spend,Taxi`,
        `${ITEM},200,2026-10-02,card-transaction,spend,`,
      ].join('\n');
      await expect(service.record(coordinator, participant.id, { format: 'csv', csv }, 'k2')).resolves.toEqual({
        imported: 2,
      });
      expect(spend.records.map((record) => record.requestRow)).toEqual([2, 3]);
    });

    it('should refuse a key used before for the other format with 422', async () => {
      const { service, participant } = setup();
      await service.record(coordinator, participant.id, { format: 'record', record: spendRecord() }, 'k1');
      const csv = `plan_item_id,amount_pence,spent_on,source,kind,description\n${ITEM},1,2026-10-01,card-transaction,spend,`;
      await expect(service.record(coordinator, participant.id, { format: 'csv', csv }, 'k1')).rejects.toMatchObject({
        status: 422,
      });
    });

    it('should refuse spend before delivery with 409', async () => {
      const { service, participant } = setup({ stage: 'planning' });
      const submission = { format: 'record' as const, record: spendRecord() };
      await expect(service.record(coordinator, participant.id, submission, 'k1')).rejects.toMatchObject({
        status: 409,
      });
    });

    it('should refuse with 400 an item that is not in the current plan', async () => {
      const { service, spend, participant } = setup();
      const submission = { format: 'record' as const, record: spendRecord({ planItemId: participant.id }) };
      await expect(service.record(coordinator, participant.id, submission, 'k1')).rejects.toMatchObject({
        status: 400,
      });
      expect(spend.records).toEqual([]);
    });

    it('should refuse with 400 a record that takes the person beyond the most that can be recorded', async () => {
      const { service, spend, participant } = setup();
      spend.records.push({
        ...spend.records[0],
        id: 'earlier',
        participantId: participant.id,
        siteId: 'site-a',
        planItemId: ITEM,
        amountPence: String(MAX_RECORDED_SPEND_PENCE),
        spentOn: '2026-10-01',
        source: 'card-transaction',
        kind: 'spend',
        description: null,
        requestId: 'k0',
        requestRow: 0,
        recordedBy: 'coordinator-a',
        recordedAt: new Date(),
      });
      const submission = { format: 'record' as const, record: spendRecord({ amountPence: 1 }) };
      await expect(service.record(coordinator, participant.id, submission, 'k1')).rejects.toMatchObject({
        status: 400,
        response: expect.objectContaining({ errors: [expect.objectContaining({ field: 'amountPence' })] }),
      });
      expect(spend.records).toHaveLength(1);
    });
  });

  describe('list', () => {
    it('should list the records of a period and their totals by item', async () => {
      const { service, participant } = setup();
      for (const [key, spentOn] of [
        ['k1', '2026-10-01'],
        ['k2', '2026-10-15'],
        ['k3', '2026-11-01'],
      ]) {
        await service.record(coordinator, participant.id, { format: 'record', record: spendRecord({ spentOn }) }, key);
      }
      const listed = await service.list(coordinator, participant.id, {
        from: '2026-10-01',
        to: '2026-10-31',
        page: 1,
        pageSize: 25,
      });
      expect(listed.items.map((record) => record.spentOn)).toEqual(['2026-10-01', '2026-10-15']);
      expect(listed.totals).toEqual({
        byItem: [{ planItemId: ITEM, spentPence: 2500, serviceUseCount: 0 }],
        totalPence: 2500,
      });
    });

    it('should refuse with 400 a period that ends before it starts', async () => {
      const { service, participant } = setup();
      await expect(
        service.list(coordinator, participant.id, { from: '2026-10-02', to: '2026-10-01', page: 1, pageSize: 25 }),
      ).rejects.toMatchObject({ status: 400 });
    });
  });
});
