import { type EntityManager, Not, IsNull } from 'typeorm';
import { CarePlanEntity } from './entities/care-plan.entity';

export interface CarePlanVersions {
  /** The latest agreed version (before the first agreement, the latest draft); null without a plan. */
  inForce: CarePlanEntity | null;
  /** A newer version waiting for agreement beside the plan in force. */
  draft: CarePlanEntity | null;
}

/** The plan in force and the draft beside it, as the journey holds them. */
export async function findCarePlanVersions(manager: EntityManager, participantId: string): Promise<CarePlanVersions> {
  const plans = manager.getRepository(CarePlanEntity);
  const [newest, agreed] = await Promise.all([
    plans.findOne({ where: { participantId }, order: { version: 'DESC' } }),
    plans.findOne({ where: { participantId, agreedOn: Not(IsNull()) }, order: { version: 'DESC' } }),
  ]);
  const inForce = agreed ?? newest;
  return { inForce, draft: newest && inForce && newest.version > inForce.version ? newest : null };
}
