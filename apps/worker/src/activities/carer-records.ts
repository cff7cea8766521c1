import type { CarerView } from '@ipc/domain';
import type { EntityManager } from 'typeorm';

/** The carer's next transition point, as the read model lists carers by it. */
export const nextTransitionOn = (carer: CarerView) => carer.upcomingTransitions[0]?.dueOn ?? null;

/**
 * The carer read model follows the workflow. The revision (bumped by every step and every noticed
 * transition) guards it, so a late write never overwrites a newer state.
 */
export async function updateCarerReadModel(manager: EntityManager, carer: CarerView): Promise<void> {
  await manager.query(
    `UPDATE carers
        SET stage = $3, stage_entered_on = $4::date, sequence = $5, closed_on = $6::date, closure_reason = $7,
            next_transition_on = $8::date, revision = $2, updated_at = now()
      WHERE id = $1 AND revision < $2`,
    [
      carer.carerId,
      carer.revision,
      carer.stage,
      carer.stageEnteredOn,
      carer.sequence,
      carer.closure?.closedOn ?? null,
      carer.closure?.reason ?? null,
      nextTransitionOn(carer),
    ],
  );
}

export async function updateCarerNextTransition(
  manager: EntityManager,
  carer: { carerId: string; revision: number; nextTransitionOn: string | null },
): Promise<void> {
  await manager.query(
    `UPDATE carers SET next_transition_on = $3::date, revision = $2, updated_at = now()
      WHERE id = $1 AND revision < $2`,
    [carer.carerId, carer.revision, carer.nextTransitionOn],
  );
}
