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

/** The table of one kind of timeline: who owns its rows, and the column keeping the state after each step. */
export interface StepTimeline {
  table: 'journey_steps' | 'carer_steps';
  ownerColumn: 'participant_id' | 'carer_id';
  stateColumn: 'journey_after' | 'carer_after';
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
