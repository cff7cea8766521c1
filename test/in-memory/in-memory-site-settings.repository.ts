import type { SiteSettingsEntity, SiteSettingsRecord, SiteSettingsRepository } from '@ipc/persistence';

const UPDATED_AT = new Date('2026-01-05T10:00:00Z');

/** SiteSettingsRepository's behaviour over a map. */
export class InMemorySiteSettingsRepository implements Omit<SiteSettingsRepository, 'dataSource'> {
  readonly sites = new Map<string, SiteSettingsEntity>();

  async find(siteId: string) {
    return this.sites.get(siteId) ?? null;
  }

  async save(settings: SiteSettingsRecord) {
    const { worklistThresholds = {}, outcomeMeasures = {} } = this.sites.get(settings.siteId) ?? {};
    this.sites.set(settings.siteId, { ...settings, worklistThresholds, outcomeMeasures, updatedAt: UPDATED_AT });
  }

  async worklistThresholds(siteId: string) {
    return this.sites.get(siteId)?.worklistThresholds ?? {};
  }

  async saveWorklistThresholds(siteId: string, thresholds: object, updatedBy: string) {
    this.saveColumn(siteId, updatedBy, { worklistThresholds: { ...thresholds } });
  }

  async outcomeMeasures(siteId: string) {
    return this.sites.get(siteId)?.outcomeMeasures ?? {};
  }

  async saveOutcomeMeasures(siteId: string, measures: object, updatedBy: string) {
    this.saveColumn(siteId, updatedBy, { outcomeMeasures: { ...measures } });
  }

  /** One column of the site's row replaced, the others kept (the row made if it is the first). */
  private saveColumn(siteId: string, updatedBy: string, column: Partial<SiteSettingsEntity>) {
    this.sites.set(siteId, {
      population: null,
      characteristics: [],
      expectedPer1000: {},
      worklistThresholds: {},
      outcomeMeasures: {},
      ...this.sites.get(siteId),
      ...column,
      siteId,
      updatedBy,
      updatedAt: UPDATED_AT,
    });
  }
}
