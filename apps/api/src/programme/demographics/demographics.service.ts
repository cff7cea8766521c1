import { Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import type { Demographics } from '@ipc/domain';
import { DemographicsRepository, SiteSettingsRepository } from '@ipc/persistence';
import { problems } from '../../problem/problem.exception';
import type { DemographicsDto } from './demographics.dto';
import { checkDemographics } from './demographics.store';
import { isUuid } from '../../common/uuid';

export interface DemographicsView extends Demographics {
  participantId: string;
  recordedBy: string | null;
  updatedAt: Date | null;
}

/** A person's demographics, recorded at referral or later, read and replaced by their care team. */
@Injectable()
export class DemographicsService {
  constructor(
    private readonly records: DemographicsRepository,
    private readonly siteSettings: SiteSettingsRepository,
  ) {}

  async current(staff: StaffMember, participantId: string): Promise<DemographicsView> {
    await this.assertAtSite(staff, participantId);
    const row = await this.records.find(participantId);
    return {
      participantId,
      sex: (row?.sex ?? null) as Demographics['sex'],
      ethnicity: (row?.ethnicity ?? null) as Demographics['ethnicity'],
      disability: (row?.disability ?? null) as Demographics['disability'],
      other: row?.other ?? {},
      recordedBy: row?.recordedBy ?? null,
      updatedAt: row?.updatedAt ?? null,
    };
  }

  /** Replaces what was recorded: an answer left out is no longer recorded. */
  async replace(staff: StaffMember, participantId: string, dto: DemographicsDto): Promise<DemographicsView> {
    await this.assertAtSite(staff, participantId);
    const demographics = await checkDemographics(this.siteSettings, staff.siteId, dto, '');
    await this.records.save({
      participantId,
      siteId: staff.siteId,
      demographics,
      recordedBy: staff.staffId,
    });
    return this.current(staff, participantId);
  }

  private async assertAtSite(staff: StaffMember, participantId: string): Promise<void> {
    const exists = isUuid(participantId) && (await this.records.participantIsAtSite(staff.siteId, participantId));
    if (!exists) throw problems.notFound('Participant');
  }
}
