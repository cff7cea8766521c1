import { Inject, Injectable } from '@nestjs/common';
import {
  type CarerState,
  DEFAULT_CARER_ESCALATION_AFTER_DAYS,
  type NewCarer,
  type NewJourney,
  type RecordedReminder,
} from '@ipc/domain';
import { DataSource } from 'typeorm';
import { ReviewsRepository } from '../reviews/reviews.repository';
import { CARER_TIMELINE, JOURNEY_TIMELINE, type StepTimeline, TimelineRepository } from '../timeline.repository';

/** A journey or carer that PostgreSQL says is still open, so its workflow should be running. */
export interface OpenCase {
  kind: 'journey' | 'carer';
  id: string;
  siteId: string;
}

const TIMELINES: Record<OpenCase['kind'], StepTimeline> = { journey: JOURNEY_TIMELINE, carer: CARER_TIMELINE };

const REMINDER_COLUMNS = `purpose, to_char(due_date, 'YYYY-MM-DD') AS "dueDate", lead_days AS "leadDays"`;

/** What rebuilding a stranded case reads: which cases are open, and each one's record. */
@Injectable()
export class CaseRecoveryRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  private get manager() {
    return this.dataSource.manager;
  }

  /** Every open journey and carer, of one site or all of them, in a stable order. */
  async openCases(siteId?: string): Promise<OpenCase[]> {
    const rows: OpenCase[] = await this.manager.query(
      `SELECT 'journey' AS kind, id::text AS id, site_id AS "siteId" FROM participants
      WHERE stage <> 'closed' AND ($1::text IS NULL OR site_id = $1)
     UNION ALL
     SELECT 'carer', id::text, site_id FROM carers WHERE stage <> 'closed' AND ($1::text IS NULL OR site_id = $1)
     ORDER BY kind DESC, id`,
      [siteId ?? null],
    );
    return rows;
  }

  /** True when the case is open, false when closed, undefined when there is no such case. */
  async isOpen(kind: OpenCase['kind'], id: string) {
    const stage = await new TimelineRepository(this.manager).stageOf(TIMELINES[kind], id);
    return stage === undefined ? undefined : stage !== 'closed';
  }

  /** What a journey's rebuild needs from the record: the referral, every step, the reminders asked for. */
  async journeyRecord(participantId: string) {
    const [referral] = (await this.manager.query(
      `SELECT id AS "participantId", site_id AS "siteId", team_id AS "teamId", cohort,
            to_char(referred_on, 'YYYY-MM-DD') AS "referredOn"
       FROM participants WHERE id = $1`,
      [participantId],
    )) as NewJourney[];
    const [steps, reminders] = await Promise.all([
      new TimelineRepository(this.manager).recordedSteps(JOURNEY_TIMELINE, participantId),
      this.manager.query(`SELECT DISTINCT ${REMINDER_COLUMNS} FROM reminders WHERE participant_id = $1`, [
        participantId,
      ]) as Promise<RecordedReminder[]>,
    ]);
    return { referral, steps, reminders };
  }

  /** What a carer's rebuild needs: the registration, every step, the points noticed and escalations asked for. */
  async carerRecord(carerId: string) {
    const [opening] = (await this.manager.query(
      `SELECT ${CARER_TIMELINE.stateColumn} AS state FROM ${CARER_TIMELINE.table} WHERE carer_id = $1 AND sequence = 0`,
      [carerId],
    )) as { state: CarerState }[];
    const { carerId: id, siteId, teamId, kind, identifiedOn, transitionsFrom, milestones } = opening.state;
    const registration: NewCarer = {
      carerId: id,
      siteId,
      teamId,
      kind,
      identifiedOn,
      transitionsFrom,
      milestones,
      transitionLeadDays: opening.state.transitionLeadDays,
      escalationAfterDays: opening.state.escalationAfterDays ?? DEFAULT_CARER_ESCALATION_AFTER_DAYS,
    };
    const [steps, noticed, reminders] = await Promise.all([
      new TimelineRepository(this.manager).recordedSteps(CARER_TIMELINE, carerId),
      this.manager.query(
        `SELECT transition || ':' || to_char(due_on, 'YYYY-MM-DD') AS key FROM carer_transitions WHERE carer_id = $1`,
        [carerId],
      ) as Promise<{ key: string }[]>,
      this.manager.query(
        `SELECT DISTINCT ${REMINDER_COLUMNS}, topic FROM reminders WHERE carer_id = $1 AND participant_id IS NULL`,
        [carerId],
      ) as Promise<RecordedReminder[]>,
    ]);
    return { registration, steps, noticedTransitions: noticed.map((row) => row.key), reminders };
  }

  /** The site's review rules, which a rebuilt journey's review schedule follows. */
  reviewRules(siteId: string) {
    return new ReviewsRepository(this.dataSource).rules(siteId);
  }
}
