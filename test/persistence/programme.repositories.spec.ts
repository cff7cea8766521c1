import { DemographicsRepository, ProgrammeReadModelsRepository, SiteSettingsRepository } from '@ipc/persistence';
import type { DataSource } from 'typeorm';
import { insertParticipant, openRunDatabase, ownSiteId } from '../support/persistence-database';

let dataSource: DataSource;

beforeAll(async () => {
  dataSource = await openRunDatabase();
});

afterAll(() => dataSource.destroy());

describe(ProgrammeReadModelsRepository.name, () => {
  const sut = () => new ProgrammeReadModelsRepository(dataSource);

  describe('peopleNow', () => {
    it('should count the site’s people at each stage by cohort, once the stays are folded', async () => {
      const siteId = ownSiteId();
      await insertParticipant(dataSource, siteId);
      await insertParticipant(dataSource, siteId);
      await sut().fold('stays', siteId);

      expect(await sut().peopleNow(siteId)).toEqual([
        { cohort: 'multiple-long-term-conditions', stage: 'referred', people: 2 },
      ]);
    });
  });

  describe('stageEntries', () => {
    it('should count stays that began in the period', async () => {
      const siteId = ownSiteId();
      await insertParticipant(dataSource, siteId);
      await sut().fold('stays', siteId);

      expect(await sut().stageEntries(siteId, { from: '2026-01-01', to: '2026-01-31' })).toEqual([
        { fromStage: null, stage: 'referred', nextStage: null, stays: 1 },
      ]);
      expect(await sut().stageEntries(siteId, { from: '2026-02-01', to: '2026-02-28' })).toEqual([]);
    });
  });

  describe('stayLengths', () => {
    it('should measure a stay still going to the end of the period', async () => {
      const siteId = ownSiteId();
      await insertParticipant(dataSource, siteId);
      await sut().fold('stays', siteId);

      const period = { wholeMonths: { first: '2026-01-01', last: '2026-01-01' }, edges: [], asOf: '2026-01-31' };
      expect(await sut().stayLengths(siteId, period)).toEqual([
        { stage: 'referred', days: 26, stays: 1, finished: false },
      ]);
    });
  });

  describe('budgets', () => {
    it('should give zeros for a site without budgets', async () => {
      const figures = await sut().budgets(ownSiteId());

      expect(figures.indicativeAgainstFinal).toEqual({
        budgets: 0,
        indicativeTotalPence: 0,
        finalTotalPence: 0,
        differencePence: 0,
      });
      expect(figures.byFunder.every(({ budgets, totalPence }) => budgets === 0 && totalPence === 0)).toBe(true);
    });
  });

  describe('reviews', () => {
    it('should count nothing for a site without reviews', async () => {
      const siteId = ownSiteId();
      await insertParticipant(dataSource, siteId);

      expect(await sut().reviews(siteId, { from: '2026-01-01', to: '2026-12-31' }, '2026-06-01')).toEqual({
        available: true,
        onTime: 0,
        late: 0,
        overdue: 0,
      });
    });
  });

  describe('openWithCarePlan', () => {
    it('should not count people without an agreed plan', async () => {
      const siteId = ownSiteId();
      await insertParticipant(dataSource, siteId);

      expect(await sut().openWithCarePlan(siteId)).toEqual([]);
    });
  });

  describe('journeysByStage', () => {
    it('should include every site’s journeys', async () => {
      const siteId = ownSiteId();
      await insertParticipant(dataSource, siteId);
      await sut().fold('stays');

      expect(await sut().journeysByStage()).toContainEqual({ siteId, stage: 'referred', people: 1 });
    });
  });
});

describe(SiteSettingsRepository.name, () => {
  const sut = () => new SiteSettingsRepository(dataSource);

  describe('save', () => {
    it('should replace what the site recorded', async () => {
      const siteId = ownSiteId();
      const settings = { siteId, population: 1000, characteristics: [], expectedPer1000: {}, updatedBy: 'admin-a' };
      await sut().save(settings);
      await sut().save({ ...settings, population: 2500, characteristics: [{ key: 'faith', values: ['none'] }] });

      expect(await sut().find(siteId)).toMatchObject({
        population: 2500,
        characteristics: [{ key: 'faith', values: ['none'] }],
      });
    });
  });

  describe('find', () => {
    it('should find nothing for a site that recorded nothing', async () => {
      expect(await sut().find(ownSiteId())).toBeNull();
    });
  });
});

describe(DemographicsRepository.name, () => {
  const sut = () => new DemographicsRepository(dataSource);
  const demographics = { sex: 'female', ethnicity: null, disability: 'no', other: {} } as const;

  describe('save', () => {
    it('should replace what was recorded before', async () => {
      const siteId = ownSiteId();
      const participantId = await insertParticipant(dataSource, siteId);
      await sut().save({ participantId, siteId, demographics, recordedBy: 'coordinator-a' });
      await sut().save({
        participantId,
        siteId,
        demographics: { ...demographics, sex: null, other: { faith: 'none' } },
        recordedBy: 'colleague-a',
      });

      expect(await sut().find(participantId)).toMatchObject({
        sex: null,
        disability: 'no',
        other: { faith: 'none' },
        recordedBy: 'colleague-a',
      });
    });
  });

  describe('participantIsAtSite', () => {
    it('should know the participant only at their own site', async () => {
      const siteId = ownSiteId();
      const participantId = await insertParticipant(dataSource, siteId);

      expect(await sut().participantIsAtSite(siteId, participantId)).toBe(true);
      expect(await sut().participantIsAtSite('another-site', participantId)).toBe(false);
    });
  });
});
