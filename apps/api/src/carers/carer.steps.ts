import { randomUUID } from 'node:crypto';
import type { CarerStep, CarerStepName } from '@ipc/domain';
import type { StepDraft } from '../cases/case-kind';
import { noteOf, notesOf, planItems } from '../cases/step-drafts';
import type {
  AssessmentOfferDto,
  CarerAssessmentDto,
  CarerBudgetDto,
  CarerClosureDto,
  CarerReviewDto,
  CarerSupportPlanDto,
  SchoolMoveDto,
} from './dto/carer-steps.dto';

/** A carer step built from its request: the decision for the workflow, the narrative kept in PostgreSQL. */
export type CarerStepDraft<N extends CarerStepName> = StepDraft<CarerStep<N>>;

export const assessmentOfferStep = (dto: AssessmentOfferDto): CarerStepDraft<'assessment-offer'> => ({
  name: 'assessment-offer',
  payload: { method: dto.method, assessorId: dto.assessorId ?? null },
  narrative: notesOf(dto),
  effectiveDate: dto.effectiveDate,
});

/** A declined assessment's reason stays in PostgreSQL; the workflow learns only that it was declined. */
export const assessmentStep = (dto: CarerAssessmentDto): CarerStepDraft<'assessment'> => ({
  name: 'assessment',
  ...(dto.outcome === 'declined'
    ? { payload: { outcome: 'declined' }, narrative: { declineReason: dto.declineReason, ...notesOf(dto) } }
    : {
        payload: {
          outcome: 'completed',
          eligibleNeeds: dto.eligibleNeeds as boolean,
          caringChoice: dto.caringChoice as NonNullable<CarerAssessmentDto['caringChoice']>,
        },
        narrative: notesOf(dto),
      }),
  effectiveDate: dto.effectiveDate,
});

/** Items without an id get a new one (`newId`), so a revision can refer to them. */
export const supportPlanStep = (
  dto: CarerSupportPlanDto,
  newId: () => string = randomUUID,
): CarerStepDraft<'support-plan'> => {
  const { supportItems, costs } = planItems(dto.supportItems, newId);
  return {
    name: 'support-plan',
    payload: { coordinatorId: dto.coordinatorId, items: costs },
    narrative: { outcomes: dto.outcomes, supportItems, ...notesOf(dto) },
    effectiveDate: dto.effectiveDate,
  };
};

/** `capPence` is the site's configured cap; the reduction's reason stays in PostgreSQL, only that one was given travels. */
export const carerBudgetStep = (dto: CarerBudgetDto, capPence: number): CarerStepDraft<'carer-budget'> => ({
  name: 'carer-budget',
  payload: { amountPence: dto.amountPence, capPence, reductionReasonGiven: dto.reason !== undefined },
  narrative: { purpose: dto.purpose, reason: dto.reason, ...notesOf(dto) },
  effectiveDate: dto.effectiveDate,
});

export const carerReviewStep = (dto: CarerReviewDto): CarerStepDraft<'review'> => ({
  name: 'review',
  payload: { outcome: dto.outcome, caringChoice: dto.caringChoice },
  narrative: notesOf(dto),
  effectiveDate: dto.effectiveDate,
});

export const schoolMoveStep = (dto: SchoolMoveDto): CarerStepDraft<'school-move'> => ({
  name: 'school-move',
  payload: { movesOn: dto.movesOn, ehcPlanTransfer: dto.ehcPlanTransfer },
  narrative: notesOf(dto),
  effectiveDate: dto.effectiveDate,
});

export const carerClosureStep = (dto: CarerClosureDto): CarerStepDraft<'closure'> => ({
  name: 'closure',
  payload: { reason: dto.reason },
  narrative: noteOf(dto),
  effectiveDate: dto.effectiveDate,
});
