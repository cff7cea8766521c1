import { Inject, Injectable } from '@nestjs/common';
import type { Demographics, JourneyView } from '@ipc/domain';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { JourneyStepEntity, ParticipantDemographicsEntity, ParticipantEntity } from '../entities';
import { JOURNEY_TIMELINE, type StepEntry, TimelineRepository } from '../timeline.repository';
import { isUniqueViolation } from '../unique-violation';
import { managerOf } from '../manager-of';
import { type PersonDetails, PersonDetailsRepository } from '../people/person-details.repository';

/** A step on a journey's timeline, with the journey's state after it. */
export interface JourneyTimelineEntry extends StepEntry {
  participantId: string;
  journeyAfter: JourneyView;
}

export interface ParticipantFilter {
  siteId: string;
  stage?: string;
  cohort?: string;
  teamId?: string;
  referralSource?: string;
}

export interface ParticipantPage {
  sortBy: 'referredOn' | 'stageEnteredOn' | 'stage';
  descending: boolean;
  page: number;
  pageSize: number;
}

export interface NewReferral {
  participant: ParticipantEntity;
  /** Who the person is and how to reach them, recorded by the referrer as the details' first version. */
  details: PersonDetails;
  demographics: { demographics: Demographics; recordedBy: string } | null;
  entry: JourneyTimelineEntry;
}

/**
 * How a referral's recording ended: kept, or refused by one of its unique rules (this request was
 * already recorded by a concurrent twin; the person already has an open journey at the site).
 */
export type ReferralOutcome = 'recorded' | 'request-already-recorded' | 'open-referral-exists';

/** The people referred, their journeys' read model (stage, dates, review due) and their referral's records. */
@Injectable()
export class ParticipantsRepository {
  private readonly manager: EntityManager;

  constructor(@Inject(DataSource) db: DataSource | EntityManager) {
    this.manager = managerOf(db);
  }

  findAtSite(siteId: string, participantId: string): Promise<ParticipantEntity | null> {
    return this.manager.findOneBy(ParticipantEntity, { id: participantId, siteId });
  }

  findByReferralRequest(siteId: string, referralRequestId: string): Promise<ParticipantEntity | null> {
    return this.manager.findOneBy(ParticipantEntity, { siteId, referralRequestId });
  }

  findOpenByNhsNumber(siteId: string, nhsNumber: string): Promise<ParticipantEntity | null> {
    return this.manager.findOneBy(ParticipantEntity, { siteId, nhsNumber, closedOn: IsNull() });
  }

  /** One page of a site's people, filtered, in a stable order (ties broken by id), and how many match. */
  async list(filter: ParticipantFilter, page: ParticipantPage): Promise<{ rows: ParticipantEntity[]; total: number }> {
    const builder = this.manager
      .getRepository(ParticipantEntity)
      .createQueryBuilder('p')
      .where('p.siteId = :siteId', { siteId: filter.siteId });
    if (filter.stage) builder.andWhere('p.stage = :stage', { stage: filter.stage });
    if (filter.cohort) builder.andWhere('p.cohort = :cohort', { cohort: filter.cohort });
    if (filter.teamId) builder.andWhere('p.teamId = :teamId', { teamId: filter.teamId });
    if (filter.referralSource) builder.andWhere('p.referralSource = :source', { source: filter.referralSource });
    const [rows, total] = await builder
      // The id breaks ties in the same direction, so an index on (site, column, id) reads either way round.
      .orderBy(`p.${page.sortBy}`, page.descending ? 'DESC' : 'ASC')
      .addOrderBy('p.id', page.descending ? 'DESC' : 'ASC')
      .skip((page.page - 1) * page.pageSize)
      .take(page.pageSize)
      .getManyAndCount();
    return { rows, total };
  }

  /**
   * Keeps the participant, their details, their demographics and the referral's timeline entry, then runs
   * `beforeCommit` (starting the journey) inside the same transaction: if it throws, nothing is kept.
   */
  async recordReferral(referral: NewReferral, beforeCommit: () => Promise<void>): Promise<ReferralOutcome> {
    try {
      await this.manager.transaction(async (manager) => {
        const { participant, demographics } = referral;
        await manager.insert(ParticipantEntity, participant);
        await new PersonDetailsRepository(manager).recordFirst(
          { personKind: 'participant', personId: participant.id, siteId: participant.siteId },
          referral.details,
          participant.referredBy,
        );
        if (demographics) {
          await manager.insert(ParticipantDemographicsEntity, {
            participantId: participant.id,
            siteId: participant.siteId,
            ...demographics.demographics,
            recordedBy: demographics.recordedBy,
          });
        }
        await new ParticipantsRepository(manager).addTimelineEntry(referral.entry);
        await beforeCommit();
      });
      return 'recorded';
    } catch (error) {
      if (isUniqueViolation(error, 'uq_participants_referral_request')) return 'request-already-recorded';
      if (isUniqueViolation(error, 'uq_participants_open_referral')) return 'open-referral-exists';
      throw error;
    }
  }

  /** Adds a step to the journey's timeline once; false when this request id is already there. */
  async addTimelineEntry(entry: JourneyTimelineEntry): Promise<boolean> {
    const added = await new TimelineRepository(this.manager).addEntry(
      JOURNEY_TIMELINE,
      entry.participantId,
      entry,
      entry.journeyAfter,
    );
    // The latest step's date, whatever order steps are written in: a case with none for long is stalled.
    if (added) {
      await this.manager.query(
        `UPDATE participants SET last_step_on = GREATEST(last_step_on, $2::date) WHERE id = $1`,
        [entry.participantId, entry.effectiveOn],
      );
    }
    return added;
  }

  /**
   * A step that names a holder (the offer its connector, a plan its coordinator) makes them the
   * case's, as an assignment does; whichever was recorded last holds it.
   */
  async nameHolder(participantId: string, holder: 'coordinator' | 'connector', staffId: string): Promise<void> {
    const column = holder === 'coordinator' ? 'coordinator_id' : 'connector_id';
    await this.manager.query(`UPDATE participants SET ${column} = $2 WHERE id = $1`, [participantId, staffId]);
  }

  /** Every step of the journey, oldest first, with the narratives the care team wrote. */
  timeline(participantId: string) {
    return new TimelineRepository(this.manager).stepsAndHolderChanges(JOURNEY_TIMELINE, participantId);
  }

  /** Every amendment of the journey's timeline, oldest first. */
  timelineAmendments(participantId: string) {
    return new TimelineRepository(this.manager).amendments(JOURNEY_TIMELINE, participantId);
  }

  /** The journey as its last recorded step left it. */
  async lastRecordedJourney(participantId: string): Promise<JourneyView> {
    const last = await this.manager.findOneOrFail(JourneyStepEntity, {
      where: { participantId },
      order: { sequence: 'DESC' },
    });
    return last.journeyAfter as unknown as JourneyView;
  }

  /**
   * The participant read model follows the journey; the sequence guard keeps a late write from
   * winning. The date a stage was first reached is kept whatever order writes arrive in (two updates
   * in flight may persist out of order), so programme figures never miss a stage.
   */
  async updateReadModel(journey: JourneyView): Promise<void> {
    await this.manager.query(
      `UPDATE participants SET stage_dates = stage_dates || jsonb_build_object($2::text, $3::text)
        WHERE id = $1 AND NOT stage_dates ? $2::text`,
      [journey.participantId, journey.stage, journey.stageEnteredOn],
    );
    await this.manager.query(
      `UPDATE participants
          SET stage = $2::text, stage_entered_on = $3::date, journey_sequence = $4,
              closed_on = $5::date, closure_reason = $6::text, next_review_due_on = $7::date,
              follow_up_due_on = $8::date, updated_at = now()
        WHERE id = $1 AND journey_sequence < $4`,
      [
        journey.participantId,
        journey.stage,
        journey.stageEnteredOn,
        journey.sequence,
        journey.closure?.closedOn ?? null,
        journey.closure?.reason ?? null,
        journey.stage === 'closed' ? null : (journey.reviews?.nextDueOn ?? null),
        journey.stage === 'community-follow-up' ? (journey.followUp?.dueOn ?? null) : null,
      ],
    );
  }

  /**
   * A step's effective date amended: the stays it began and ended move with it (their triggers
   * move the programme counts), and so does the date its stage was first reached, when it was.
   */
  async moveStepDate(participantId: string, sequence: number, originalDate: string, amendedDate: string) {
    await this.manager.query(
      `UPDATE stage_stays SET left_on = $3
        WHERE participant_id = $1 AND left_on IS NOT NULL
          AND EXISTS (SELECT 1 FROM stage_stays WHERE participant_id = $1 AND entered_sequence = $2)
          AND entered_sequence = (SELECT max(entered_sequence) FROM stage_stays
                                   WHERE participant_id = $1 AND entered_sequence < $2)`,
      [participantId, sequence, amendedDate],
    );
    await this.manager.query(
      `UPDATE stage_stays SET entered_on = $3 WHERE participant_id = $1 AND entered_sequence = $2`,
      [participantId, sequence, amendedDate],
    );
    await this.manager.query(
      `UPDATE participants p SET stage_dates = jsonb_set(p.stage_dates, ARRAY[s.to_stage], to_jsonb($4::text))
         FROM journey_steps s
        WHERE p.id = $1 AND s.participant_id = $1 AND s.sequence = $2
          AND s.from_stage IS DISTINCT FROM s.to_stage AND p.stage_dates ->> s.to_stage = $3
          AND NOT EXISTS (SELECT 1 FROM journey_steps e
                           WHERE e.participant_id = $1 AND e.to_stage = s.to_stage AND e.sequence < $2)`,
      [participantId, sequence, originalDate, amendedDate],
    );
  }

  /**
   * A step entered in error and stepped back from: the stay it began (and the one stepping back
   * began) fold back into the stay before, which goes on, and the stage it first reached is
   * forgotten, as if it had not been taken. The timeline keeps both entries.
   */
  async foldSteppedBackStay(participantId: string, wrongSequence: number, backSequence: number) {
    const [wrong] = await this.manager.query<{ stage: string }[]>(
      `SELECT stage FROM stage_stays WHERE participant_id = $1 AND entered_sequence = $2`,
      [participantId, wrongSequence],
    );
    if (!wrong) return;
    await this.manager.query(`DELETE FROM stage_stays WHERE participant_id = $1 AND entered_sequence IN ($2, $3)`, [
      participantId,
      wrongSequence,
      backSequence,
    ]);
    await this.manager.query(
      `UPDATE stage_stays SET left_on = NULL, next_stage = NULL
        WHERE participant_id = $1
          AND entered_sequence = (SELECT max(entered_sequence) FROM stage_stays
                                   WHERE participant_id = $1 AND entered_sequence < $2)`,
      [participantId, wrongSequence],
    );
    await this.manager.query(
      `UPDATE participants SET stage_dates = stage_dates - $2::text
        WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM journey_steps
                                       WHERE participant_id = $1 AND to_stage = $2 AND sequence < $3)`,
      [participantId, wrong.stage, wrongSequence],
    );
  }

  /** For a review step: the date the review was due when held, kept on its timeline entry. */
  async setReviewDueOn(participantId: string, requestId: string, reviewDueOn: string): Promise<void> {
    await this.manager.query(
      `UPDATE journey_steps SET review_due_on = $3 WHERE participant_id = $1 AND request_id = $2`,
      [participantId, requestId, reviewDueOn],
    );
  }
}
