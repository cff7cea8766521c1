import type { EntityManager } from 'typeorm';

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
 * The tables of one kind of timeline: who owns its rows, the column keeping the state after each
 * step, and where the steps' free text is kept (out of Temporal) under their request ids.
 */
export interface StepTimeline {
  table: 'journey_steps' | 'carer_steps';
  ownerColumn: 'participant_id' | 'carer_id';
  stateColumn: 'journey_after' | 'carer_after';
  narrativeTable: 'step_narratives' | 'carer_step_narratives';
}

export const JOURNEY_TIMELINE: StepTimeline = {
  table: 'journey_steps',
  ownerColumn: 'participant_id',
  stateColumn: 'journey_after',
  narrativeTable: 'step_narratives',
};

export const CARER_TIMELINE: StepTimeline = {
  table: 'carer_steps',
  ownerColumn: 'carer_id',
  stateColumn: 'carer_after',
  narrativeTable: 'carer_step_narratives',
};

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

/** Every step of one owner's timeline, oldest first, each with its narrative merged into the details. */
export async function readStepTimeline(
  manager: EntityManager,
  { table, ownerColumn, narrativeTable }: StepTimeline,
  ownerId: string,
): Promise<StepTimelineView[]> {
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT s.sequence, s.step, s.from_stage, s.to_stage, s.actor_staff_id, s.actor_team_id,
            to_char(s.effective_on, 'YYYY-MM-DD') AS effective_on, s.recorded_at, s.details, n.narrative
       FROM ${table} s
       LEFT JOIN ${narrativeTable} n ON n.${ownerColumn} = s.${ownerColumn} AND n.request_id = s.request_id
      WHERE s.${ownerColumn} = $1
      ORDER BY s.sequence`,
    [ownerId],
  );
  return rows.map((row) => ({
    sequence: row.sequence as number,
    step: row.step as string,
    fromStage: row.from_stage as string | null,
    toStage: row.to_stage as string,
    actor: { staffId: row.actor_staff_id as string, teamId: row.actor_team_id as string },
    effectiveDate: row.effective_on as string,
    recordedAt: row.recorded_at as Date,
    details: { ...(row.details as object), ...((row.narrative as object | null) ?? {}) },
  }));
}

/** The step a request id was accepted as, and the state after it: a retried request's first answer. */
export async function findStepAnswer<State>(
  manager: EntityManager,
  { table, ownerColumn, stateColumn }: StepTimeline,
  ownerId: string,
  requestId: string,
): Promise<{ step: string; stateAfter: State } | undefined> {
  const [row] = (await manager.query(
    `SELECT step, ${stateColumn} AS state_after FROM ${table} WHERE ${ownerColumn} = $1 AND request_id = $2`,
    [ownerId, requestId],
  )) as { step: string; state_after: State }[];
  return row && { step: row.step, stateAfter: row.state_after };
}

/** Keeps a step's free text under its request id, before the decision goes to the workflow. */
export async function saveStepNarrative(
  manager: EntityManager,
  { ownerColumn, narrativeTable }: StepTimeline,
  ownerId: string,
  narrative: { requestId: string; step: string; text: object },
): Promise<void> {
  await manager.query(
    `INSERT INTO ${narrativeTable} (${ownerColumn}, request_id, step, narrative) VALUES ($1, $2, $3, $4)
     ON CONFLICT (${ownerColumn}, request_id) DO NOTHING`,
    [ownerId, narrative.requestId, narrative.step, narrative.text],
  );
}

/** A refused step leaves nothing behind (unless a concurrent retry of it was accepted). */
export async function forgetStepNarrative(
  manager: EntityManager,
  { table, ownerColumn, narrativeTable }: StepTimeline,
  ownerId: string,
  requestId: string,
): Promise<void> {
  await manager.query(
    `DELETE FROM ${narrativeTable} n
      WHERE n.${ownerColumn} = $1 AND n.request_id = $2
        AND NOT EXISTS (SELECT 1 FROM ${table} s WHERE s.${ownerColumn} = $1 AND s.request_id = $2)`,
    [ownerId, requestId],
  );
}

/** Adds a step to a timeline once; false when the owner's request id is already there. */
export async function insertStepEntry(
  manager: EntityManager,
  { table, ownerColumn, stateColumn }: StepTimeline,
  ownerId: string,
  entry: StepEntry,
  stateAfter: object,
): Promise<boolean> {
  const rows: unknown[] = await manager.query(
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
