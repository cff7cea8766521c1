import { type JourneyView, newestCarePlan } from '@ipc/domain';
import type { RecordJourneyStepInput } from '@ipc/workflows';
import type { EntityManager } from 'typeorm';

/**
 * The participant read model follows the journey; the sequence guard keeps a late write from
 * winning. The date a stage was first reached is kept whatever order writes arrive in (two updates
 * in flight may persist out of order), so programme figures never miss a stage.
 */
export async function updateReadModel(manager: EntityManager, journey: JourneyView): Promise<void> {
  await manager.query(
    `UPDATE participants SET stage_dates = stage_dates || jsonb_build_object($2::text, $3::text)
      WHERE id = $1 AND NOT stage_dates ? $2::text`,
    [journey.participantId, journey.stage, journey.stageEnteredOn],
  );
  await manager.query(
    `UPDATE participants
        SET stage = $2::text, stage_entered_on = $3::date, journey_sequence = $4,
            closed_on = $5::date, closure_reason = $6::text, next_review_due_on = $7::date, updated_at = now()
      WHERE id = $1 AND journey_sequence < $4`,
    [
      journey.participantId,
      journey.stage,
      journey.stageEnteredOn,
      journey.sequence,
      journey.closure?.closedOn ?? null,
      journey.closure?.reason ?? null,
      journey.stage === 'closed' ? null : (journey.reviews?.nextDueOn ?? null),
    ],
  );
}

export async function recordCarePlanChange(
  manager: EntityManager,
  { step, journey }: RecordJourneyStepInput,
): Promise<void> {
  // A new version is the draft beside an agreed plan, or the plan itself before the first agreement.
  const plan = step.name === 'care-plan' ? newestCarePlan(journey) : journey.carePlan;
  if (step.name === 'care-plan' && plan) {
    // The plan's wording was stored by the API under the same request id; only codes and costs came through Temporal.
    await manager.query(
      `INSERT INTO care_plans (participant_id, version, request_id, coordinator_id, total_annual_cost_pence, content)
       SELECT $1::uuid, $2::integer, $3::text, $4::text, $5::bigint,
              COALESCE((SELECT narrative FROM step_narratives WHERE participant_id = $1::uuid AND request_id = $3::text),
                       '{}'::jsonb)
       ON CONFLICT (participant_id, version) DO NOTHING`,
      [journey.participantId, plan.version, step.requestId, plan.coordinatorId, plan.totalAnnualCostPence],
    );
  }
  if (step.name === 'care-plan-agreement' && plan) {
    await manager.query(`UPDATE care_plans SET agreed_on = $3 WHERE participant_id = $1 AND version = $2`, [
      journey.participantId,
      plan.version,
      plan.agreedOn,
    ]);
  }
}
