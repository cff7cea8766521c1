import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import type { AnyCarerStep, CarerStepName, CarerView } from '@ipc/domain';
import { DataSource } from 'typeorm';
import { todayInLondon } from '../common/calendar-date.validator';
import { requestIdFrom } from '../common/idempotency-key';
import { idempotencyKeyReused } from '../participants/participants.errors';
import { problems } from '../problem/problem.exception';
import { CarerGateway } from './carer.gateway';
import type { CarerStepContent } from './carer-step-content';
import { carerNotAnswering, illegalCarerStep, isFinishedCarer, refusalFromCarer } from './carers.errors';
import { type CarerRecord, CarersService } from './carers.service';

export interface CarerStepRequest<N extends CarerStepName> {
  staff: StaffMember;
  carerId: string;
  step: N;
  content: CarerStepContent<N>;
  effectiveDate?: string;
  idempotencyKey?: string;
}

/**
 * Sends one care-team step to a carer's workflow, as the journey does: the narrative is stored
 * first under the request id, the decision goes to the workflow as an update with that id, and the
 * carer's answer comes back. A repeated request id returns the first answer without touching anything.
 */
@Injectable()
export class CarerStepsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly carers: CarersService,
    private readonly gateway: CarerGateway,
  ) {}

  async record<N extends CarerStepName>(request: CarerStepRequest<N>): Promise<CarerView> {
    const carer = await this.carers.findForStaff(request.staff, request.carerId);
    const requestId = requestIdFrom(request.idempotencyKey);
    const earlier = await this.earlierAnswer(carer.id, requestId, request.step);
    if (earlier) return earlier;

    const effectiveDate = request.effectiveDate ?? todayInLondon();
    if (effectiveDate < carer.identifiedOn) {
      throw problems.validation([
        { field: 'effectiveDate', reason: `must not be before the carer was identified (${carer.identifiedOn})` },
      ]);
    }
    await this.dataSource.query(
      `INSERT INTO carer_step_narratives (carer_id, request_id, step, narrative) VALUES ($1, $2, $3, $4)
       ON CONFLICT (carer_id, request_id) DO NOTHING`,
      [carer.id, requestId, request.step, request.content.narrative],
    );

    const step = {
      name: request.step,
      requestId,
      actor: { staffId: request.staff.staffId, teamId: request.staff.teamId },
      effectiveDate,
      payload: request.content.payload,
    } as AnyCarerStep;
    try {
      return await this.gateway.recordStep(step, carer.id);
    } catch (error) {
      const refused = await this.refusal(error, carer, request.step);
      if (!refused) throw carerNotAnswering(error) ?? error;
      await this.forgetNarrative(carer.id, requestId);
      throw refused;
    }
  }

  private async earlierAnswer(carerId: string, requestId: string, step: CarerStepName) {
    const [earlier] = (await this.dataSource.query(
      `SELECT step, carer_after FROM carer_steps WHERE carer_id = $1 AND request_id = $2`,
      [carerId, requestId],
    )) as { step: string; carer_after: CarerView }[];
    if (!earlier) return undefined;
    if (earlier.step !== step) throw idempotencyKeyReused(earlier.step);
    return earlier.carer_after;
  }

  /** A refused step leaves nothing behind (unless a concurrent retry of it was accepted). */
  private async forgetNarrative(carerId: string, requestId: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM carer_step_narratives n
        WHERE n.carer_id = $1 AND n.request_id = $2
          AND NOT EXISTS (SELECT 1 FROM carer_steps s WHERE s.carer_id = $1 AND s.request_id = $2)`,
      [carerId, requestId],
    );
  }

  /** The carer workflow's definitive refusal of a step, if that is what the error is. */
  private async refusal(error: unknown, carer: CarerRecord, step: CarerStepName) {
    const refused = refusalFromCarer(error, step);
    if (refused || !isFinishedCarer(error)) return refused;
    const [current] = (await this.dataSource.query(`SELECT stage FROM carers WHERE id = $1`, [carer.id])) as {
      stage: string;
    }[];
    return illegalCarerStep(step, current?.stage ?? carer.stage, []);
  }
}
