import { DEFAULT_EXPECTED_PER_1000 } from '@ipc/domain';
import type { SiteSettingsRepository } from '@ipc/persistence';
import { InMemorySiteSettingsRepository } from '../../../../test/in-memory/in-memory-site-settings.repository';
import { staff } from '../../../../test/support/test-staff';
import { SiteSettingsService } from './site-settings.service';

describe(SiteSettingsService.name, () => {
  let settings: InMemorySiteSettingsRepository;
  let sut: SiteSettingsService;

  beforeEach(() => {
    settings = new InMemorySiteSettingsRepository();
    sut = new SiteSettingsService(settings as unknown as SiteSettingsRepository);
  });

  describe('current', () => {
    it('should give the programme’s defaults to a site that recorded nothing', async () => {
      expect(await sut.current('site-a')).toEqual({
        siteId: 'site-a',
        population: null,
        characteristics: [],
        expectedPer1000: DEFAULT_EXPECTED_PER_1000,
        updatedBy: null,
        updatedAt: null,
      });
    });
  });

  describe('replace', () => {
    it('should keep the rates given over the defaults and drop what was left out', async () => {
      await sut.replace(staff.administrator, {
        population: 250_000,
        characteristics: [{ key: 'faith', values: ['none', 'christian'] }],
        expectedPer1000: { carePlan: 4 },
      });

      const replaced = await sut.replace(staff.administrator, { population: 300_000 });

      expect(replaced).toMatchObject({
        population: 300_000,
        characteristics: [],
        // Named as PUT takes them.
        expectedPer1000: {
          ipcCohort: DEFAULT_EXPECTED_PER_1000['ipc-cohort'],
          carePlan: DEFAULT_EXPECTED_PER_1000['care-plan'],
          personalBudget: DEFAULT_EXPECTED_PER_1000['personal-budget'],
          personalHealthBudget: DEFAULT_EXPECTED_PER_1000['personal-health-budget'],
        },
        updatedBy: staff.administrator.staffId,
      });
    });

    it('should record each rate given under its measure', async () => {
      const replaced = await sut.replace(staff.administrator, { population: 1000, expectedPer1000: { carePlan: 4 } });

      expect(replaced.expectedPer1000.carePlan).toBe(4);
    });
  });
});
