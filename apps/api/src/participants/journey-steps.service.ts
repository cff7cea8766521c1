import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import type { AnyJourneyStep, JourneyStepName, JourneyView } from '@ipc/domain';
import {
  findStepAnswer,
  forgetStepNarrative,
  JOURNEY_TIMELINE,
  ParticipantEntity,
  saveStepNarrative,
} from '@ipc/persistence';
import { DataSource } from 'typeorm';
import { todayInLondon } from '../common/calendar-date.validator';
import { requestIdFrom } from '../common/idempotency-key';
import { ApiMetrics } from '../metrics/metrics';
import { problems } from '../problem/problem.exception';
import { JourneyGateway } from './journey.gateway';
import {
  idempotencyKeyReused,
  illegalStep,
  isFinishedJourney,
  journeyNotAnswering,
  refusalFromJourney,
} from './participants.errors';
import { ParticipantsService } from './participants.service';
import type { StepContent } from './step-content';

export interface StepRequest<N extends JourneyStepName> {
  staff: StaffMember;
  participantId: string;
  step: N;
  content: StepContent<N>;
  effectiveDate?: string;
  idempotencyKey?: string;
}

/**
 * Sends one care-team step to a person's journey. The narrative is stored first under the request
 * id, the decision goes to the workflow as an update with that id, and the journey's answer comes
 * back. A repeated request id returns the first answer without touching anything.
 */
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
    const requestId = requestIdFrom(request.idempotencyKey);
    const earlier = await this.earlierAnswer(participant.id, requestId, request.step);
    if (earlier) return earlier;

    const effectiveDate = request.effectiveDate ?? todayInLondon();
    if (effectiveDate < participant.referredOn) {
      throw problems.validation([
        { field: 'effectiveDate', reason: `must not be before the referral date (${participant.referredOn})` },
      ]);
    }
    await saveStepNarrative(this.dataSource.manager, JOURNEY_TIMELINE, participant.id, {
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
    } as AnyJourneyStep;
    try {
      const journey = await this.journeys.recordStep(step, participant.id);
      this.metrics.journeySteps.inc({ step: request.step, outcome: 'accepted' });
      return journey;
    } catch (error) {
      const refused = await this.refusal(error, participant, request.step);
      if (!refused) throw journeyNotAnswering(error) ?? error;
      this.metrics.journeySteps.inc({ step: request.step, outcome: 'refused' });
      await forgetStepNarrative(this.dataSource.manager, JOURNEY_TIMELINE, participant.id, requestId);
      throw refused;
    }
  }

  private async earlierAnswer(participantId: string, requestId: string, step: JourneyStepName) {
    const earlier = await findStepAnswer<JourneyView>(
      this.dataSource.manager,
      JOURNEY_TIMELINE,
      participantId,
      requestId,
    );
    if (!earlier) return undefined;
    if (earlier.step !== step) throw idempotencyKeyReused(earlier.step);
    return earlier.stateAfter;
  }

  /** The journey's definitive refusal of a step, if that is what the error is. */
  private async refusal(error: unknown, participant: ParticipantEntity, step: JourneyStepName) {
    const refused = refusalFromJourney(error, step);
    if (refused || !isFinishedJourney(error)) return refused;
    const current = await this.dataSource.getRepository(ParticipantEntity).findOneByOrFail({ id: participant.id });
    return illegalStep(step, current.stage, []);
  }
}
