import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CarePlanEntity } from '../entities';
import { type CarePlanVersions, findCarePlanVersions } from '../care-plans';
import { managerOf } from '../manager-of';

/** A plan version as the journey accepted it: codes and costs only (its wording waits in step_narratives). */
export interface NewCarePlanVersion {
  participantId: string;
  version: number;
  requestId: string;
  coordinatorId: string;
  totalAnnualCostPence: number;
}

/** A support item of a plan, as the care team wrote it. */
export interface PlanSupportItem {
  itemId: string;
  description: string;
  provider: string;
  annualCostPence: number;
}

/** Every version of a person's care and support plan. */
@Injectable()
export class CarePlansRepository {
  private readonly manager: EntityManager;

  constructor(@Inject(DataSource) db: DataSource | EntityManager) {
    this.manager = managerOf(db);
  }

  /** The latest version (a draft waiting for agreement, if there is one). */
  current(participantId: string): Promise<CarePlanEntity | null> {
    return this.manager.findOne(CarePlanEntity, { where: { participantId }, order: { version: 'DESC' } });
  }

  /** The plan in force (the one spend is recorded against) and the draft beside it. */
  versions(participantId: string): Promise<CarePlanVersions> {
    return findCarePlanVersions(this.manager, participantId);
  }

  /** The support items of the plan in force (a draft beside it is not being delivered yet). */
  async currentSupportItems(participantId: string): Promise<PlanSupportItem[]> {
    const { inForce: plan } = await this.versions(participantId);
    return (plan?.content.supportItems as PlanSupportItem[] | undefined) ?? [];
  }

  /**
   * Stores a version once, with the wording the API kept under the same request id (only codes and
   * costs came through Temporal); a retried activity finds it already there.
   */
  async addVersion(plan: NewCarePlanVersion): Promise<void> {
    await this.manager.query(
      `INSERT INTO care_plans (participant_id, version, request_id, coordinator_id, total_annual_cost_pence, content)
       SELECT $1::uuid, $2::integer, $3::text, $4::text, $5::bigint,
              COALESCE((SELECT narrative FROM step_narratives WHERE participant_id = $1::uuid AND request_id = $3::text),
                       '{}'::jsonb)
       ON CONFLICT (participant_id, version) DO NOTHING`,
      [plan.participantId, plan.version, plan.requestId, plan.coordinatorId, plan.totalAnnualCostPence],
    );
  }

  async markAgreed(participantId: string, version: number, agreedOn: string | null): Promise<void> {
    await this.manager.update(CarePlanEntity, { participantId, version }, { agreedOn });
  }
}
