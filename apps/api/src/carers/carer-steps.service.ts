import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import type { AnyCarerStep, CarerStepName, CarerView } from '@ipc/domain';
import { CARER_TIMELINE, findStepAnswer, forgetStepNarrative, saveStepNarrative } from '@ipc/persistence';
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
    await saveStepNarrative(this.dataSource.manager, CARER_TIMELINE, carer.id, {
      requestId,
      step: request.step,
      text: request.content.narrative,
    });

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
      await forgetStepNarrative(this.dataSource.manager, CARER_TIMELINE, carer.id, requestId);
      throw refused;
    }
  }

  private async earlierAnswer(carerId: string, requestId: string, step: CarerStepName) {
    const earlier = await findStepAnswer<CarerView>(this.dataSource.manager, CARER_TIMELINE, carerId, requestId);
    if (!earlier) return undefined;
    if (earlier.step !== step) throw idempotencyKeyReused(earlier.step);
    return earlier.stateAfter;
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
