import { Inject, Injectable } from '@nestjs/common';
import type { Demographics } from '@ipc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { managerOf } from '../manager-of';
import { ParticipantDemographicsEntity } from '../entities/participant-demographics.entity';
import { ParticipantEntity } from '../entities/participant.entity';

export interface DemographicsRecord {
  participantId: string;
  siteId: string;
  demographics: Demographics;
  recordedBy: string;
}

/**
 * What people chose to tell us about protected characteristics. Built on a transaction's manager by
 * a referral, which records them with the person.
 */
@Injectable()
export class DemographicsRepository {
  private readonly manager: EntityManager;

  constructor(@Inject(DataSource) executor: DataSource | EntityManager) {
    this.manager = managerOf(executor);
  }

  /** True when the participant exists at the site. */
  participantIsAtSite(siteId: string, participantId: string): Promise<boolean> {
    return this.manager.getRepository(ParticipantEntity).existsBy({ id: participantId, siteId });
  }

  find(participantId: string): Promise<ParticipantDemographicsEntity | null> {
    return this.manager.getRepository(ParticipantDemographicsEntity).findOneBy({ participantId });
  }

  /** Stores a person's demographics, replacing any recorded before. */
  async save({ participantId, siteId, demographics, recordedBy }: DemographicsRecord): Promise<void> {
    await this.manager.query(
      `INSERT INTO participant_demographics (participant_id, site_id, sex, ethnicity, disability, other, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (participant_id) DO UPDATE
         SET sex = EXCLUDED.sex, ethnicity = EXCLUDED.ethnicity, disability = EXCLUDED.disability,
             other = EXCLUDED.other, recorded_by = EXCLUDED.recorded_by, updated_at = now()`,
      [
        participantId,
        siteId,
        demographics.sex,
        demographics.ethnicity,
        demographics.disability,
        demographics.other,
        recordedBy,
      ],
    );
  }
}
