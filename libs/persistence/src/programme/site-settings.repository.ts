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

  /** Replaces the site's settings. */
  async save(settings: SiteSettingsRecord): Promise<void> {
    await this.dataSource.getRepository(SiteSettingsEntity).save(settings);
  }
}
