import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import type { AnyCarerStep, CarerStepName, CarerView } from '@ipc/domain';
import { CARER_TIMELINE } from '@ipc/persistence';
import { DataSource } from 'typeorm';
import { caseNeedsRecovery } from '../common/case-recovery';
import { sendCaseStep } from '../common/case-step';
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
  idempotencyKey: string;
}

/** Sends one care-team step to a carer's workflow, as the journey does (see sendCaseStep). */
@Injectable()
export class CarerStepsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly carers: CarersService,
    private readonly gateway: CarerGateway,
  ) {}

  async record<N extends CarerStepName>(request: CarerStepRequest<N>): Promise<CarerView> {
    const carer = await this.carers.findForStaff(request.staff, request.carerId);
    const { view } = await sendCaseStep({
      dataSource: this.dataSource,
      timeline: CARER_TIMELINE,
      ownerId: carer.id,
      staff: request.staff,
      name: request.step,
      content: request.content,
      effectiveDate: request.effectiveDate,
      idempotencyKey: request.idempotencyKey,
      notBefore: { date: carer.identifiedOn, what: 'the carer was identified' },
      send: (step) => this.gateway.recordStep(step as AnyCarerStep, carer.id),
      refusal: (error) => this.refusal(error, carer, request.step),
      notAnswering: carerNotAnswering,
    });
    return view;
  }

  /**
   * The carer workflow's definitive refusal of a step, if that is what the error is. With no
   * workflow to ask, a closed carer refuses every step (409) and an open one needs recovery (503).
   */
  private async refusal(error: unknown, carer: CarerRecord, step: CarerStepName) {
    const refused = refusalFromCarer(error, step);
    if (refused || !isFinishedCarer(error)) return refused;
    const [current] = (await this.dataSource.query(`SELECT stage FROM carers WHERE id = $1`, [carer.id])) as {
      stage: string;
    }[];
    const stage = current?.stage ?? carer.stage;
    return stage === 'closed' ? illegalCarerStep(step, stage, []) : caseNeedsRecovery('carer', carer.id);
  }
}
