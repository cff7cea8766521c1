import {
  type CarerState,
  DEFAULT_CARER_ESCALATION_AFTER_DAYS,
  type NewCarer,
  type NewJourney,
  type RecordedReminder,
} from '@ipc/domain';
import type { EntityManager } from 'typeorm';
import { CARER_TIMELINE, JOURNEY_TIMELINE, type StepTimeline, TimelineRepository } from './timeline.repository';

/** A journey or carer that PostgreSQL says is still open, so its workflow should be running. */
export interface OpenCase {
  kind: 'journey' | 'carer';
  id: string;
  siteId: string;
}

/** Every open journey and carer, of one site or all of them, in a stable order. */
export async function findOpenCases(manager: EntityManager, siteId?: string): Promise<OpenCase[]> {
  const rows: OpenCase[] = await manager.query(
    `SELECT 'journey' AS kind, id::text AS id, site_id AS "siteId" FROM participants
      WHERE stage <> 'closed' AND ($1::text IS NULL OR site_id = $1)
     UNION ALL
     SELECT 'carer', id::text, site_id FROM carers WHERE stage <> 'closed' AND ($1::text IS NULL OR site_id = $1)
     ORDER BY kind DESC, id`,
    [siteId ?? null],
  );
  return rows;
}

const TIMELINES: Record<OpenCase['kind'], StepTimeline> = { journey: JOURNEY_TIMELINE, carer: CARER_TIMELINE };

/** Whether PostgreSQL says this journey or carer is still open (undefined: no such record). */
export async function isCaseOpen(manager: EntityManager, kind: OpenCase['kind'], id: string) {
  const stage = await new TimelineRepository(manager).stageOf(TIMELINES[kind], id);
  return stage === undefined ? undefined : stage !== 'closed';
}

const REMINDER_COLUMNS = `purpose, to_char(due_date, 'YYYY-MM-DD') AS "dueDate", lead_days AS "leadDays"`;

/** What a journey's rebuild needs from the record: the referral, every step, the reminders asked for. */
export async function readJourneyRecord(manager: EntityManager, participantId: string) {
  const [referral] = (await manager.query(
    `SELECT id AS "participantId", site_id AS "siteId", team_id AS "teamId", cohort,
            to_char(referred_on, 'YYYY-MM-DD') AS "referredOn"
       FROM participants WHERE id = $1`,
    [participantId],
  )) as NewJourney[];
  const [steps, reminders] = await Promise.all([
    new TimelineRepository(manager).recordedSteps(JOURNEY_TIMELINE, participantId),
    manager.query(`SELECT DISTINCT ${REMINDER_COLUMNS} FROM reminders WHERE participant_id = $1`, [
      participantId,
    ]) as Promise<RecordedReminder[]>,
  ]);
  return { referral, steps, reminders };
}

/** What a carer's rebuild needs: the registration, every step, the points noticed and escalations asked for. */
export async function readCarerRecord(manager: EntityManager, carerId: string) {
  const [opening] = (await manager.query(
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
    new TimelineRepository(manager).recordedSteps(CARER_TIMELINE, carerId),
    manager.query(
      `SELECT transition || ':' || to_char(due_on, 'YYYY-MM-DD') AS key FROM carer_transitions WHERE carer_id = $1`,
      [carerId],
    ) as Promise<{ key: string }[]>,
    manager.query(
      `SELECT DISTINCT ${REMINDER_COLUMNS}, topic FROM reminders WHERE carer_id = $1 AND participant_id IS NULL`,
      [carerId],
    ) as Promise<RecordedReminder[]>,
  ]);
  return { registration, steps, noticedTransitions: noticed.map((row) => row.key), reminders };
}
