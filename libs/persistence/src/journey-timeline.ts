import type { JourneyView } from '@ipc/domain';
import type { EntityManager } from 'typeorm';

export interface TimelineEntry {
  participantId: string;
  requestId: string;
  sequence: number;
  step: string;
  fromStage: string | null;
  toStage: string;
  actor: { staffId: string; teamId: string };
  effectiveOn: string;
  details: object;
  journeyAfter: JourneyView;
}

/** Adds a step to a journey's timeline once; false when this request id is already there. */
export async function insertTimelineEntry(manager: EntityManager, entry: TimelineEntry): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `INSERT INTO journey_steps
       (participant_id, request_id, sequence, step, from_stage, to_stage, actor_staff_id, actor_team_id,
        effective_on, details, journey_after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (participant_id, request_id) DO NOTHING
     RETURNING id`,
    [
      entry.participantId,
      entry.requestId,
      entry.sequence,
      entry.step,
      entry.fromStage,
      entry.toStage,
      entry.actor.staffId,
      entry.actor.teamId,
      entry.effectiveOn,
      entry.details,
      entry.journeyAfter,
    ],
  );
  return rows.length > 0;
}
