import type { SiteSettingsEntity, SiteSettingsRecord, SiteSettingsRepository } from '@ipc/persistence';

/** SiteSettingsRepository's behaviour over a map. */
export class InMemorySiteSettingsRepository implements Omit<SiteSettingsRepository, 'dataSource'> {
  readonly sites = new Map<string, SiteSettingsEntity>();

  async find(siteId: string) {
    return this.sites.get(siteId) ?? null;
  }

  async save(settings: SiteSettingsRecord) {
    this.sites.set(settings.siteId, { ...settings, updatedAt: new Date('2026-01-05T10:00:00Z') });
  }
}
