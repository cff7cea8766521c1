import { randomUUID } from 'node:crypto';
import type { DemographicsRepository, SiteSettingsRepository } from '@ipc/persistence';
import { InMemoryDemographicsRepository } from '../../../../../test/in-memory/in-memory-demographics.repository';
import { InMemorySiteSettingsRepository } from '../../../../../test/in-memory/in-memory-site-settings.repository';
import { staff } from '../../../../../test/support/test-staff';
import { DemographicsService } from './demographics.service';

describe(DemographicsService.name, () => {
  let records: InMemoryDemographicsRepository;
  let sut: DemographicsService;
  const participantId = randomUUID();

  beforeEach(async () => {
    records = new InMemoryDemographicsRepository();
    records.participantSites.set(participantId, staff.coordinator.siteId);
    const settings = new InMemorySiteSettingsRepository();
    await settings.save({
      siteId: staff.coordinator.siteId,
      population: null,
      characteristics: [{ key: 'faith', values: ['none', 'christian'] }],
      expectedPer1000: {},
      updatedBy: 'admin-a',
    });
    sut = new DemographicsService(
      records as unknown as DemographicsRepository,
      settings as unknown as SiteSettingsRepository,
    );
  });

  describe('current', () => {
    it('should say nothing is recorded for a person who told us nothing', async () => {
      expect(await sut.current(staff.coordinator, participantId)).toEqual({
        participantId,
        sex: null,
        ethnicity: null,
        disability: null,
        other: {},
        recordedBy: null,
        updatedAt: null,
      });
    });

    it('should not find another site’s participant', async () => {
      await expect(sut.current(staff.otherSite, participantId)).rejects.toMatchObject({ status: 404 });
    });
  });

  describe('replace', () => {
    it('should record the answers, the site’s own characteristics among them', async () => {
      const replaced = await sut.replace(staff.coordinator, participantId, { sex: 'female', other: { faith: 'none' } });

      expect(replaced).toMatchObject({
        sex: 'female',
        disability: null,
        other: { faith: 'none' },
        recordedBy: staff.coordinator.staffId,
      });
    });

    it('should refuse an answer the site does not offer, naming the field', async () => {
      const refused = sut.replace(staff.coordinator, participantId, { other: { faith: 'pastafarian' } });

      await expect(refused).rejects.toMatchObject({ status: 400 });
      expect(await records.find(participantId)).toBeNull();
    });
  });
});
