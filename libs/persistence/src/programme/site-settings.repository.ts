import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SiteSettingsEntity } from '../entities/site-settings.entity';

export type SiteSettingsRecord = Pick<
  SiteSettingsEntity,
  'siteId' | 'population' | 'characteristics' | 'expectedPer1000' | 'updatedBy'
>;

/** A site's population, the characteristics it records, and its expected rates per 1,000. */
@Injectable()
export class SiteSettingsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** What the site recorded, if anything. */
  find(siteId: string): Promise<SiteSettingsEntity | null> {
    return this.dataSource.getRepository(SiteSettingsEntity).findOneBy({ siteId });
  }

  /** The worklist thresholds the site set over the defaults ({} until it sets any). */
  async worklistThresholds(siteId: string): Promise<Record<string, unknown>> {
    const [row] = await this.dataSource.query<{ thresholds: Record<string, unknown> }[]>(
      `SELECT worklist_thresholds AS thresholds FROM site_settings WHERE site_id = $1`,
      [siteId],
    );
    return row?.thresholds ?? {};
  }

  /** Replaces the site's worklist thresholds, leaving its other settings as they are. */
  async saveWorklistThresholds(siteId: string, thresholds: object, updatedBy: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO site_settings (site_id, worklist_thresholds, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (site_id) DO UPDATE
         SET worklist_thresholds = EXCLUDED.worklist_thresholds, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [siteId, thresholds, updatedBy],
    );
  }

  /** The outcome measures the site set over the defaults ({} until it sets any). */
  async outcomeMeasures(siteId: string): Promise<Record<string, unknown>> {
    const [row] = await this.dataSource.query<{ measures: Record<string, unknown> }[]>(
      `SELECT outcome_measures AS measures FROM site_settings WHERE site_id = $1`,
      [siteId],
    );
    return row?.measures ?? {};
  }

  /** Replaces the site's outcome measures, leaving its other settings as they are. */
  async saveOutcomeMeasures(siteId: string, measures: object, updatedBy: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO site_settings (site_id, outcome_measures, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (site_id) DO UPDATE
         SET outcome_measures = EXCLUDED.outcome_measures, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [siteId, measures, updatedBy],
    );
  }

  /** Replaces the site's settings. */
  async save(settings: SiteSettingsRecord): Promise<void> {
    await this.dataSource.getRepository(SiteSettingsEntity).save(settings);
  }
}
