import { Inject, Injectable } from '@nestjs/common';
import type { RecordedStep } from '@ipc/domain';
import { DataSource, type EntityManager } from 'typeorm';

/** What every timeline entry records, whoever's timeline it is (a participant's journey, a carer's). */
export interface StepEntry {
  requestId: string;
  sequence: number;
  step: string;
  fromStage: string | null;
  toStage: string;
  actor: { staffId: string; teamId: string };
  effectiveOn: string;
  details: object;
}

/**
 * The tables of one kind of case: whose record it is and the date it opened on, the timeline and
 * its column keeping the state after each step, and where the steps' free text is kept (out of
 * Temporal) under their request ids.
 */
export interface StepTimeline {
  ownerTable: 'participants' | 'carers';
  openedOnColumn: 'referred_on' | 'identified_on';
  table: 'journey_steps' | 'carer_steps';
  ownerColumn: 'participant_id' | 'carer_id';
  stateColumn: 'journey_after' | 'carer_after';
  narrativeTable: 'step_narratives' | 'carer_step_narratives';
  /** The owner's count of steps applied: where an assignment stands on the timeline. */
  sequenceColumn: 'journey_sequence' | 'sequence';
  /** Whether the case has a named community connector besides its coordinator. */
  connectorColumn: 'connector_id' | null;
  amendmentTable: 'step_amendments' | 'carer_step_amendments';
}

export const JOURNEY_TIMELINE: StepTimeline = {
  ownerTable: 'participants',
  openedOnColumn: 'referred_on',
  table: 'journey_steps',
  ownerColumn: 'participant_id',
  stateColumn: 'journey_after',
  narrativeTable: 'step_narratives',
  sequenceColumn: 'journey_sequence',
  connectorColumn: 'connector_id',
  amendmentTable: 'step_amendments',
};

export const CARER_TIMELINE: StepTimeline = {
  ownerTable: 'carers',
  openedOnColumn: 'identified_on',
  table: 'carer_steps',
  ownerColumn: 'carer_id',
  stateColumn: 'carer_after',
  narrativeTable: 'carer_step_narratives',
  sequenceColumn: 'sequence',
  connectorColumn: null,
  amendmentTable: 'carer_step_amendments',
};

/** A timeline's owner as a step needs it: where the case is by the record, and the earliest date a step may carry. */
export interface CaseOwner {
  id: string;
  stage: string;
  openedOn: string;
}

/** A timeline entry as the care team reads it: what was decided and written, by whom, and when. */
export interface StepTimelineView {
  sequence: number;
  step: string;
  fromStage: string | null;
  toStage: string;
  actor: { staffId: string; teamId: string };
  effectiveDate: string;
  recordedAt: Date;
  details: Record<string, unknown>;
}

/** An amendment of a recorded step: its narrative (the fields given) or its effective date. */
export interface StepAmendment {
  requestId: string;
  sequence: number;
  field: 'narrative' | 'effective-date';
  /** What the entry said before (the narrative's fields as they were, or the date). */
  original: unknown;
  amended: unknown;
  reason: string;
  amendedBy: string;
  amendedAt?: Date;
}

interface AmendmentRow {
  request_id: string;
  sequence: number;
  field: StepAmendment['field'];
  original: unknown;
  amended: unknown;
  reason: string;
  amended_by: string;
  amended_at: Date;
}

/** A request's first answer: the step it was accepted as, and the state after it. */
export interface StepAnswer<State> {
  step: string;
  stateAfter: State;
}

/** An owner as findOwner gives it: with the first answer of the step's request id, if it was accepted before. */
export type OwnerForStep<State = unknown> = CaseOwner & { earlier?: StepAnswer<State> };

export interface StepNarrative {
  requestId: string;
  step: string;
  text: object;
}

interface RecordedStepRow {
  sequence: number;
  step: string;
  request_id: string;
  actor_staff_id: string;
  actor_team_id: string;
  effective_on: string;
  details: unknown;
  to_stage: string;
}

interface TimelineRow {
  sequence: number;
  step: string;
  from_stage: string | null;
  to_stage: string;
  actor_staff_id: string;
  actor_team_id: string;
  effective_on: string;
  recorded_at: Date;
  details: object;
  narrative: object | null;
}

/**
 * Every case's timeline and narratives (journeys and carers alike, told apart by their
 * StepTimeline): the owner a step belongs to, the entries the workflows' activities add, and the
 * free text the API keeps under each step's request id. Built on a transaction's manager, its
 * writes join that transaction.
 */
@Injectable()
export class TimelineRepository {
  constructor(@Inject(DataSource) private readonly executor: DataSource | EntityManager) {}

  /**
   * The owner, if it belongs to the site. Given a request id, also the step that request was
   * already accepted as (a retry's first answer), in the same round trip: every step asks both.
   */
  async findOwner<State = unknown>(
    timeline: StepTimeline,
    ownerId: string,
    siteId: string,
    requestId?: string,
  ): Promise<OwnerForStep<State> | undefined> {
    const { ownerTable, openedOnColumn, table, ownerColumn, stateColumn } = timeline;
    const [row] = await this.executor.query<(CaseOwner & { earlierStep: string | null; earlierState: State })[]>(
      `SELECT o.id, o.stage, to_char(o.${openedOnColumn}, 'YYYY-MM-DD') AS "openedOn",
              s.step AS "earlierStep", s.${stateColumn} AS "earlierState"
         FROM ${ownerTable} o
         LEFT JOIN ${table} s ON s.${ownerColumn} = o.id AND s.request_id = $3
        WHERE o.id = $1 AND o.site_id = $2`,
      [ownerId, siteId, requestId ?? null],
    );
    if (!row) return undefined;
    const { earlierStep, earlierState, ...owner } = row;
    return earlierStep === null ? owner : { ...owner, earlier: { step: earlierStep, stateAfter: earlierState } };
  }

  /** Where the case is by the record now (undefined: no such owner). */
  async stageOf(timeline: StepTimeline, ownerId: string): Promise<string | undefined> {
    const [row] = await this.executor.query<{ stage: string }[]>(
      `SELECT stage FROM ${timeline.ownerTable} WHERE id = $1`,
      [ownerId],
    );
    return row?.stage;
  }

  /** Every step of one owner's timeline, oldest first, each with its narrative merged into the details. */
  steps(timeline: StepTimeline, ownerId: string): Promise<StepTimelineView[]> {
    return this.timelineRows(timeline, ownerId, false);
  }

  /**
   * The timeline as the care team reads it: every step, and each change of who holds the case
   * (case_assignments, as `assignment` or `transfer`) after the step it followed, with its sequence.
   */
  stepsAndHolderChanges(timeline: StepTimeline, ownerId: string): Promise<StepTimelineView[]> {
    return this.timelineRows(timeline, ownerId, true);
  }

  private async timelineRows(timeline: StepTimeline, ownerId: string, withHolders: boolean) {
    const { table, ownerColumn, narrativeTable } = timeline;
    const holderChanges = `
       UNION ALL
       SELECT a.after_sequence, CASE a.change WHEN 'team' THEN 'transfer' ELSE 'assignment' END, a.stage, a.stage,
              a.actor_staff_id, a.actor_team_id, to_char(a.effective_on, 'YYYY-MM-DD'), a.recorded_at,
              CASE a.change
                WHEN 'team' THEN jsonb_build_object('fromTeamId', a.from_id, 'toTeamId', a.to_id)
                ELSE jsonb_build_object('role', a.change, 'fromStaffId', a.from_id, 'toStaffId', a.to_id) END,
              jsonb_strip_nulls(jsonb_build_object('reason', a.reason))
         FROM case_assignments a
        WHERE a.${ownerColumn} = $1`;
    const rows = await this.executor.query<TimelineRow[]>(
      `SELECT s.sequence, s.step, s.from_stage, s.to_stage, s.actor_staff_id, s.actor_team_id,
              to_char(s.effective_on, 'YYYY-MM-DD') AS effective_on, s.recorded_at, s.details, n.narrative
         FROM ${table} s
         LEFT JOIN ${narrativeTable} n ON n.${ownerColumn} = s.${ownerColumn} AND n.request_id = s.request_id
        WHERE s.${ownerColumn} = $1 ${withHolders ? holderChanges : ''}
        ORDER BY 1, 8`,
      [ownerId],
    );
    return rows.map((row) => ({
      sequence: row.sequence,
      step: row.step,
      fromStage: row.from_stage,
      toStage: row.to_stage,
      actor: { staffId: row.actor_staff_id, teamId: row.actor_team_id },
      effectiveDate: row.effective_on,
      recordedAt: row.recorded_at,
      details: { ...row.details, ...(row.narrative ?? {}) },
    }));
  }

  /** The free text one timeline entry was recorded with (undefined: none). */
  async narrativeOf(
    timeline: StepTimeline,
    ownerId: string,
    sequence: number,
  ): Promise<Record<string, unknown> | undefined> {
    const { table, ownerColumn, narrativeTable } = timeline;
    const [row] = await this.executor.query<{ narrative: Record<string, unknown> }[]>(
      `SELECT n.narrative FROM ${table} s
         JOIN ${narrativeTable} n ON n.${ownerColumn} = s.${ownerColumn} AND n.request_id = s.request_id
        WHERE s.${ownerColumn} = $1 AND s.sequence = $2`,
      [ownerId, sequence],
    );
    return row?.narrative;
  }

  /** Keeps an amendment once under its request id and field; false when it is already there. */
  async addAmendment(timeline: StepTimeline, ownerId: string, amendment: StepAmendment): Promise<boolean> {
    const { amendmentTable, ownerColumn } = timeline;
    const rows = await this.executor.query<unknown[]>(
      `INSERT INTO ${amendmentTable} (${ownerColumn}, request_id, sequence, field, original, amended, reason, amended_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (${ownerColumn}, request_id, field) DO NOTHING
       RETURNING request_id`,
      [
        ownerId,
        amendment.requestId,
        amendment.sequence,
        amendment.field,
        JSON.stringify(amendment.original),
        JSON.stringify(amendment.amended),
        amendment.reason,
        amendment.amendedBy,
      ],
    );
    return rows.length > 0;
  }

  /** Every amendment of one owner's timeline, oldest first. */
  async amendments(timeline: StepTimeline, ownerId: string): Promise<StepAmendment[]> {
    const { amendmentTable, ownerColumn } = timeline;
    const rows = await this.executor.query<AmendmentRow[]>(
      `SELECT request_id, sequence, field, original, amended, reason, amended_by, amended_at
         FROM ${amendmentTable} WHERE ${ownerColumn} = $1 ORDER BY amended_at, request_id`,
      [ownerId],
    );
    return rows.map((row) => ({
      requestId: row.request_id,
      sequence: row.sequence,
      field: row.field,
      original: row.original,
      amended: row.amended,
      reason: row.reason,
      amendedBy: row.amended_by,
      amendedAt: row.amended_at,
    }));
  }

  /** A timeline after its opening entry (referral, registration), oldest first, as the workflow received each step. */
  async recordedSteps(timeline: StepTimeline, ownerId: string): Promise<RecordedStep[]> {
    const rows = await this.executor.query<RecordedStepRow[]>(
      `SELECT sequence, step, request_id, actor_staff_id, actor_team_id,
              to_char(effective_on, 'YYYY-MM-DD') AS effective_on, details, to_stage
         FROM ${timeline.table} WHERE ${timeline.ownerColumn} = $1 AND sequence > 0 ORDER BY sequence`,
      [ownerId],
    );
    return rows.map((row) => ({
      sequence: row.sequence,
      step: row.step,
      requestId: row.request_id,
      actor: { staffId: row.actor_staff_id, teamId: row.actor_team_id },
      effectiveDate: row.effective_on,
      payload: row.details,
      toStage: row.to_stage,
    }));
  }

  /** The step a request id was accepted as, and the state after it: a retried request's first answer. */
  async findAnswer<State>(
    timeline: StepTimeline,
    ownerId: string,
    requestId: string,
  ): Promise<StepAnswer<State> | undefined> {
    const { table, ownerColumn, stateColumn } = timeline;
    const [row] = await this.executor.query<{ step: string; state_after: State }[]>(
      `SELECT step, ${stateColumn} AS state_after FROM ${table} WHERE ${ownerColumn} = $1 AND request_id = $2`,
      [ownerId, requestId],
    );
    return row && { step: row.step, stateAfter: row.state_after };
  }

  /** Keeps a step's free text under its request id, before the decision goes to the workflow. */
  async saveNarrative(timeline: StepTimeline, ownerId: string, narrative: StepNarrative): Promise<void> {
    const { ownerColumn, narrativeTable } = timeline;
    await this.executor.query(
      `INSERT INTO ${narrativeTable} (${ownerColumn}, request_id, step, narrative) VALUES ($1, $2, $3, $4)
       ON CONFLICT (${ownerColumn}, request_id) DO NOTHING`,
      [ownerId, narrative.requestId, narrative.step, narrative.text],
    );
  }

  /** A refused step leaves nothing behind (unless a concurrent retry of it was accepted). */
  async forgetNarrative(timeline: StepTimeline, ownerId: string, requestId: string): Promise<void> {
    const { table, ownerColumn, narrativeTable } = timeline;
    await this.executor.query(
      `DELETE FROM ${narrativeTable} n
        WHERE n.${ownerColumn} = $1 AND n.request_id = $2
          AND NOT EXISTS (SELECT 1 FROM ${table} s WHERE s.${ownerColumn} = $1 AND s.request_id = $2)`,
      [ownerId, requestId],
    );
  }

  /** Adds a step to a timeline once; false when the owner's request id is already there. */
  async addEntry(timeline: StepTimeline, ownerId: string, entry: StepEntry, stateAfter: object): Promise<boolean> {
    const { table, ownerColumn, stateColumn } = timeline;
    const rows = await this.executor.query<unknown[]>(
      `INSERT INTO ${table}
         (${ownerColumn}, request_id, sequence, step, from_stage, to_stage, actor_staff_id, actor_team_id,
          effective_on, details, ${stateColumn})
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (${ownerColumn}, request_id) DO NOTHING
       RETURNING id`,
      [
        ownerId,
        entry.requestId,
        entry.sequence,
        entry.step,
        entry.fromStage,
        entry.toStage,
        entry.actor.staffId,
        entry.actor.teamId,
        entry.effectiveOn,
        entry.details,
        stateAfter,
      ],
    );
    return rows.length > 0;
  }
}
