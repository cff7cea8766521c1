import { CarePlansRepository, JOURNEY_TIMELINE, TimelineRepository } from '@ipc/persistence';
import type { DataSource } from 'typeorm';
import { openOwnDatabase, referredParticipant } from './journey-fixtures';

describe(CarePlansRepository.name, () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;
  let carePlans: CarePlansRepository;

  beforeAll(async () => {
    ({ dataSource, close } = await openOwnDatabase());
    carePlans = new CarePlansRepository(dataSource);
  });
  afterAll(() => close());

  const version = (participantId: string, number: number) => ({
    participantId,
    version: number,
    requestId: `plan-${number}`,
    coordinatorId: 'coordinator-a',
    totalAnnualCostPence: 968_050,
  });

  describe('addVersion', () => {
    it('should store the version with the wording the API kept under its request id, once', async () => {
      const { id } = await referredParticipant(dataSource);
      const supportItems = [
        { itemId: 'item-1', description: 'Gym', provider: 'Leisure Trust', annualCostPence: 32_050 },
      ];
      await new TimelineRepository(dataSource).saveNarrative(JOURNEY_TIMELINE, id, {
        requestId: 'plan-1',
        step: 'care-plan',
        text: { supportItems },
      });
      await carePlans.addVersion(version(id, 1));
      await carePlans.addVersion({ ...version(id, 1), coordinatorId: 'someone-else' });
      await expect(carePlans.current(id)).resolves.toMatchObject({
        version: 1,
        coordinatorId: 'coordinator-a',
        totalAnnualCostPence: '968050',
        agreedOn: null,
      });
      await expect(carePlans.currentSupportItems(id)).resolves.toEqual(supportItems);
    });

    it('should store empty content when no wording was kept', async () => {
      const { id } = await referredParticipant(dataSource);
      await carePlans.addVersion(version(id, 1));
      await expect(carePlans.currentSupportItems(id)).resolves.toEqual([]);
    });
  });

  describe('current', () => {
    it('should answer the latest version, or null without a plan', async () => {
      const { id } = await referredParticipant(dataSource);
      await expect(carePlans.current(id)).resolves.toBeNull();
      await carePlans.addVersion(version(id, 1));
      await carePlans.addVersion(version(id, 2));
      await expect(carePlans.current(id)).resolves.toMatchObject({ version: 2 });
    });
  });

  describe('markAgreed', () => {
    it('should mark only that version agreed', async () => {
      const { id } = await referredParticipant(dataSource);
      await carePlans.addVersion(version(id, 1));
      await carePlans.addVersion(version(id, 2));
      await carePlans.markAgreed(id, 2, '2026-10-08');
      await expect(carePlans.current(id)).resolves.toMatchObject({ version: 2, agreedOn: '2026-10-08' });
    });
  });
});
