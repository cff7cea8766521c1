import type { ProgrammeReadModelsRepository, SiteSettingsRepository } from '@ipc/persistence';
import { InMemoryProgrammeReadModelsRepository } from '../../../../test/in-memory/in-memory-programme-read-models.repository';
import { InMemorySiteSettingsRepository } from '../../../../test/in-memory/in-memory-site-settings.repository';
import { staff } from '../../../../test/support/test-staff';
import { ProgrammeFiguresService } from './programme-figures.service';
import { SiteSettingsService } from './site-settings.service';

describe(ProgrammeFiguresService.name, () => {
  let readModels: InMemoryProgrammeReadModelsRepository;
  let settings: InMemorySiteSettingsRepository;
  let sut: ProgrammeFiguresService;
  const lead = staff.programmeLead;

  beforeEach(() => {
    readModels = new InMemoryProgrammeReadModelsRepository();
    settings = new InMemorySiteSettingsRepository();
    sut = new ProgrammeFiguresService(
      readModels as unknown as ProgrammeReadModelsRepository,
      new SiteSettingsService(settings as unknown as SiteSettingsRepository),
    );
  });

  describe('throughput', () => {
    it('should fold the stays and the outcome ledger first and report the period asked for with reviews and budgets', async () => {
      readModels.reviewFigures = { available: true, onTime: 3, late: 1, overdue: 2 };

      const report = await sut.throughput(lead, { from: '2026-01-01', to: '2026-03-31' });

      expect(readModels.folds).toEqual([`stays:${lead.siteId}`, `outcomes:${lead.siteId}`]);
      expect(report).toMatchObject({
        siteId: lead.siteId,
        period: { from: '2026-01-01', to: '2026-03-31' },
        reviews: { onTime: 3, late: 1, overdue: 2 },
      });
    });
  });

  describe('projection', () => {
    it('should count people in the IPC cohort, with a plan and with budgets, per 1,000 of the population', async () => {
      await settings.save({
        siteId: lead.siteId,
        population: 2000,
        characteristics: [],
        expectedPer1000: {},
        updatedBy: 'admin-a',
      });
      readModels.people = [
        { cohort: 'multiple-long-term-conditions', stage: 'referred', people: 5 },
        { cohort: 'multiple-long-term-conditions', stage: 'planning', people: 4 },
        { cohort: 'multiple-long-term-conditions', stage: 'closed', people: 7 },
      ];
      readModels.withPlan = [{ cohort: 'multiple-long-term-conditions', people: 2 }];
      readModels.holders = [{ cohort: 'multiple-long-term-conditions', personalBudget: 2, personalHealthBudget: 1 }];

      const report = await sut.projection(lead);

      const actual = Object.fromEntries(report.measures.map(({ measure, actual: count }) => [measure, count]));
      expect(actual).toEqual({ 'ipc-cohort': 4, 'care-plan': 2, 'personal-budget': 2, 'personal-health-budget': 1 });
      expect(report.measures.find(({ measure }) => measure === 'ipc-cohort')?.actualPer1000).toBe(2);
    });
  });

  describe('equality', () => {
    it('should fold take-up first and keep only the stage asked for', async () => {
      const report = await sut.equality(lead, { stage: 'identified' });

      expect(readModels.folds).toEqual([`takeUp:${lead.siteId}`]);
      expect(report.stages.every(({ stage }) => stage === 'identified')).toBe(true);
    });
  });
});
