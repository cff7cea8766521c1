import type { CarerView } from '@ipc/domain';
import type { EntityManager } from 'typeorm';

export interface CarerTimelineEntry {
  carerId: string;
  requestId: string;
  sequence: number;
  step: string;
  fromStage: string | null;
  toStage: string;
  actor: { staffId: string; teamId: string };
  effectiveOn: string;
  details: object;
  carerAfter: CarerView;
}

/** Adds a step to a carer's timeline once; false when this request id is already there. */
export async function insertCarerTimelineEntry(manager: EntityManager, entry: CarerTimelineEntry): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `INSERT INTO carer_steps
       (carer_id, request_id, sequence, step, from_stage, to_stage, actor_staff_id, actor_team_id,
        effective_on, details, carer_after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (carer_id, request_id) DO NOTHING
     RETURNING id`,
    [
      entry.carerId,
      entry.requestId,
      entry.sequence,
      entry.step,
      entry.fromStage,
      entry.toStage,
      entry.actor.staffId,
      entry.actor.teamId,
      entry.effectiveOn,
      entry.details,
      entry.carerAfter,
    ],
  );
  return rows.length > 0;
}
