import { randomUUID } from 'node:crypto';
import type { CarerStepName, CarerStepPayloads } from '@ipc/domain';
import type {
  AssessmentOfferDto,
  CarerAssessmentDto,
  CarerBudgetDto,
  CarerClosureDto,
  CarerReviewDto,
  CarerSupportPlanDto,
  SchoolMoveDto,
} from './dto/carer-steps.dto';

/**
 * A carer step split in two: the decision the carer's workflow needs (codes, ids, dates, amounts)
 * and the narrative that stays in Postgres (free text), so no personal content reaches Temporal.
 */
export interface CarerStepContent<N extends CarerStepName> {
  payload: CarerStepPayloads[N];
  narrative: Record<string, unknown>;
}

const notes = (dto: { notes?: string }) => (dto.notes ? { notes: dto.notes } : {});

export const assessmentOfferContent = (dto: AssessmentOfferDto): CarerStepContent<'assessment-offer'> => ({
  payload: { method: dto.method, assessorId: dto.assessorId ?? null },
  narrative: notes(dto),
});

export const assessmentContent = (dto: CarerAssessmentDto): CarerStepContent<'assessment'> =>
  dto.outcome === 'declined'
    ? { payload: { outcome: 'declined' }, narrative: { declineReason: dto.declineReason, ...notes(dto) } }
    : {
        payload: {
          outcome: 'completed',
          eligibleNeeds: dto.eligibleNeeds as boolean,
          caringChoice: dto.caringChoice as NonNullable<CarerAssessmentDto['caringChoice']>,
        },
        narrative: notes(dto),
      };

export const supportPlanContent = (dto: CarerSupportPlanDto): CarerStepContent<'support-plan'> => {
  const supportItems = dto.supportItems.map((item) => ({ ...item, itemId: item.itemId ?? randomUUID() }));
  return {
    payload: {
      coordinatorId: dto.coordinatorId,
      items: supportItems.map(({ itemId, annualCostPence }) => ({ itemId, annualCostPence })),
    },
    narrative: { outcomes: dto.outcomes, supportItems, ...notes(dto) },
  };
};

export const carerBudgetContent = (dto: CarerBudgetDto, capPence: number): CarerStepContent<'carer-budget'> => ({
  payload: { amountPence: dto.amountPence, capPence, reductionReasonGiven: dto.reason !== undefined },
  narrative: { purpose: dto.purpose, reason: dto.reason, ...notes(dto) },
});

export const carerReviewContent = (dto: CarerReviewDto): CarerStepContent<'review'> => ({
  payload: { outcome: dto.outcome, caringChoice: dto.caringChoice },
  narrative: notes(dto),
});

export const schoolMoveContent = (dto: SchoolMoveDto): CarerStepContent<'school-move'> => ({
  payload: { movesOn: dto.movesOn, ehcPlanTransfer: dto.ehcPlanTransfer },
  narrative: notes(dto),
});

export const carerClosureContent = (dto: CarerClosureDto): CarerStepContent<'closure'> => ({
  payload: { reason: dto.reason },
  narrative: dto.note ? { note: dto.note } : {},
});
