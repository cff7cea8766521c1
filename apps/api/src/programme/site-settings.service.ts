import { Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import {
  DEFAULT_EXPECTED_PER_1000,
  type ExpectedPer1000,
  PROJECTION_MEASURES,
  type ProjectionMeasure,
  type SiteCharacteristic,
} from '@ipc/domain';
import { SiteSettingsRepository } from '@ipc/persistence';
import type { ExpectedPer1000Dto, SiteSettingsDto } from './dto/site-settings.dto';

export interface SiteSettings {
  siteId: string;
  population: number | null;
  characteristics: SiteCharacteristic[];
  /** The site's expected rates over the programme's defaults. */
  expectedPer1000: ExpectedPer1000;
  updatedBy: string | null;
  updatedAt: Date | null;
}

const DTO_FIELDS: Record<ProjectionMeasure, keyof ExpectedPer1000Dto> = {
  'ipc-cohort': 'ipcCohort',
  'care-plan': 'carePlan',
  'personal-budget': 'personalBudget',
  'personal-health-budget': 'personalHealthBudget',
};

/** A site's population, the characteristics it records, and its expected rates per 1,000. */
@Injectable()
export class SiteSettingsService {
  constructor(private readonly settings: SiteSettingsRepository) {}

  async current(siteId: string): Promise<SiteSettings> {
    const row = await this.settings.find(siteId);
    return {
      siteId,
      population: row?.population ?? null,
      characteristics: row?.characteristics ?? [],
      expectedPer1000: { ...DEFAULT_EXPECTED_PER_1000, ...(row?.expectedPer1000 ?? {}) },
      updatedBy: row?.updatedBy ?? null,
      updatedAt: row?.updatedAt ?? null,
    };
  }

  /** The settings in the shape `PUT` takes (rates named as in its body), with who last set them. */
  async view(siteId: string) {
    const { expectedPer1000, ...settings } = await this.current(siteId);
    const rates = Object.fromEntries(
      PROJECTION_MEASURES.map((measure) => [DTO_FIELDS[measure], expectedPer1000[measure]]),
    ) as Record<keyof ExpectedPer1000Dto, number | null>;
    return { ...settings, expectedPer1000: rates };
  }

  /** Replaces the site's settings (a PUT): what is left out goes back to its default. */
  async replace(staff: StaffMember, dto: SiteSettingsDto) {
    const expectedPer1000: Partial<ExpectedPer1000> = {};
    for (const measure of PROJECTION_MEASURES) {
      const rate = dto.expectedPer1000?.[DTO_FIELDS[measure]];
      if (rate !== undefined) expectedPer1000[measure] = rate;
    }
    await this.settings.save({
      siteId: staff.siteId,
      population: dto.population,
      characteristics: (dto.characteristics ?? []).map(({ key, values }) => ({ key, values })),
      expectedPer1000,
      updatedBy: staff.staffId,
    });
    return this.view(staff.siteId);
  }
}
