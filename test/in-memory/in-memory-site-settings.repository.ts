import type { SiteSettingsEntity, SiteSettingsRecord, SiteSettingsRepository } from '@ipc/persistence';

/** SiteSettingsRepository's behaviour over a map. */
export class InMemorySiteSettingsRepository implements Omit<SiteSettingsRepository, 'dataSource'> {
  readonly sites = new Map<string, SiteSettingsEntity>();

  async find(siteId: string) {
    return this.sites.get(siteId) ?? null;
  }

  async save(settings: SiteSettingsRecord) {
    const worklistThresholds = this.sites.get(settings.siteId)?.worklistThresholds ?? {};
    this.sites.set(settings.siteId, { ...settings, worklistThresholds, updatedAt: new Date('2026-01-05T10:00:00Z') });
  }

  async worklistThresholds(siteId: string) {
    return this.sites.get(siteId)?.worklistThresholds ?? {};
  }

  async saveWorklistThresholds(siteId: string, thresholds: object, updatedBy: string) {
    const current = this.sites.get(siteId);
    this.sites.set(siteId, {
      population: null,
      characteristics: [],
      expectedPer1000: {},
      ...current,
      siteId,
      updatedBy,
      worklistThresholds: { ...thresholds },
      updatedAt: new Date('2026-01-05T10:00:00Z'),
    });
  }
}
