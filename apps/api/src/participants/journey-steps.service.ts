import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import type { AnyJourneyStep, JourneyStepName, JourneyView } from '@ipc/domain';
import { JOURNEY_TIMELINE, ParticipantEntity } from '@ipc/persistence';
import { DataSource } from 'typeorm';
import { caseNeedsRecovery } from '../common/case-recovery';
import { sendCaseStep } from '../common/case-step';
import { ApiMetrics } from '../metrics/metrics';
import { JourneyGateway } from './journey.gateway';
import { illegalStep, isFinishedJourney, journeyNotAnswering, refusalFromJourney } from './participants.errors';
import { ParticipantsService } from './participants.service';
import type { StepContent } from './step-content';

export interface StepRequest<N extends JourneyStepName> {
  staff: StaffMember;
  participantId: string;
  step: N;
  content: StepContent<N>;
  effectiveDate?: string;
  idempotencyKey: string;
}

/** Sends one care-team step to a person's journey (see sendCaseStep), counting the outcomes. */
@Injectable()
export class JourneyStepsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly participants: ParticipantsService,
    private readonly journeys: JourneyGateway,
    private readonly metrics: ApiMetrics,
  ) {}

  async record<N extends JourneyStepName>(request: StepRequest<N>): Promise<JourneyView> {
    const participant = await this.participants.findForStaff(request.staff, request.participantId);
    const { outcome, view } = await sendCaseStep({
      dataSource: this.dataSource,
      timeline: JOURNEY_TIMELINE,
      ownerId: participant.id,
      staff: request.staff,
      name: request.step,
      content: request.content,
      effectiveDate: request.effectiveDate,
      idempotencyKey: request.idempotencyKey,
      notBefore: { date: participant.referredOn, what: 'the referral date' },
      send: (step) => this.journeys.recordStep(step as AnyJourneyStep, participant.id),
      refusal: async (error) => {
        const refused = await this.refusal(error, participant, request.step);
        if (refused) this.metrics.journeySteps.inc({ step: request.step, outcome: 'refused' });
        return refused;
      },
      notAnswering: journeyNotAnswering,
    });
    if (outcome === 'accepted') this.metrics.journeySteps.inc({ step: request.step, outcome });
    return view;
  }

  /**
   * The journey's definitive refusal of a step, if that is what the error is. With no workflow to
   * ask, a closed journey refuses every step (409) and an open one needs recovery (503).
   */
  private async refusal(error: unknown, participant: ParticipantEntity, step: JourneyStepName) {
    const refused = refusalFromJourney(error, step);
    if (refused || !isFinishedJourney(error)) return refused;
    const current = await this.dataSource.getRepository(ParticipantEntity).findOneByOrFail({ id: participant.id });
    return current.stage === 'closed' ? illegalStep(step, current.stage, []) : caseNeedsRecovery('journey', current.id);
  }
}
