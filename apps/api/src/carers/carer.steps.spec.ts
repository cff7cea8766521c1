import { carerStepBodies } from '../../../../test/factories/carer.factory';
import {
  assessmentOfferStep,
  assessmentStep,
  carerBudgetStep,
  carerClosureStep,
  carerReviewStep,
  schoolMoveStep,
  supportPlanStep,
} from './carer.steps';
import type {
  AssessmentOfferDto,
  CarerAssessmentDto,
  CarerBudgetDto,
  CarerClosureDto,
  CarerReviewDto,
  CarerSupportPlanDto,
  SchoolMoveDto,
} from './dto/carer-steps.dto';

describe('carer steps', () => {
  describe(assessmentOfferStep.name, () => {
    it('should send the method and assessor (null when none) and keep the notes', () => {
      const dto = carerStepBodies['assessment-offer']({ assessorId: undefined }) as AssessmentOfferDto;

      expect(assessmentOfferStep(dto)).toEqual({
        name: 'assessment-offer',
        payload: { method: 'face-to-face', assessorId: null },
        narrative: { notes: 'Offered at the GP surgery carers clinic' },
        effectiveDate: dto.effectiveDate,
      });
    });
  });

  describe(assessmentStep.name, () => {
    it('should send eligible needs and the caring choice of a completed assessment', () => {
      const step = assessmentStep(carerStepBodies.assessment() as CarerAssessmentDto);

      expect(step.payload).toEqual({ outcome: 'completed', eligibleNeeds: true, caringChoice: 'willing-to-give-less' });
      expect(step.narrative).toEqual({ notes: 'Robin would like one night a week to herself' });
    });

    it('should send only that it was declined, keeping the reason in the narrative', () => {
      const dto = carerStepBodies.assessment({ outcome: 'declined', declineReason: 'Not now', notes: undefined });

      expect(assessmentStep(dto as CarerAssessmentDto)).toMatchObject({
        name: 'assessment',
        payload: { outcome: 'declined' },
        narrative: { declineReason: 'Not now' },
      });
    });
  });

  describe(supportPlanStep.name, () => {
    it("should give new items an id and send only the items' ids and costs", () => {
      let next = 0;
      const step = supportPlanStep(carerStepBodies['support-plan']() as CarerSupportPlanDto, () => `item-${++next}`);

      expect(step.payload).toEqual({
        coordinatorId: 'coordinator-a',
        items: [
          { itemId: 'item-1', annualCostPence: 52_000 },
          { itemId: 'item-2', annualCostPence: 3_050 },
        ],
      });
      expect(step.narrative).toMatchObject({
        outcomes: ['A regular break from caring'],
        supportItems: [expect.objectContaining({ itemId: 'item-1', provider: 'Crossroads Care' }), expect.anything()],
      });
    });
  });

  describe(carerBudgetStep.name, () => {
    it("should send the amount with the site's cap and whether a reduction's reason was given, not the reason", () => {
      const step = carerBudgetStep(
        carerStepBodies.budget({ reason: 'Fewer breaks needed' }) as CarerBudgetDto,
        100_000,
      );

      expect(step.payload).toEqual({ amountPence: 60_000, capPence: 100_000, reductionReasonGiven: true });
      expect(step.narrative).toEqual({ purpose: 'Short breaks and a gym membership', reason: 'Fewer breaks needed' });
    });
  });

  describe(carerReviewStep.name, () => {
    it('should send the outcome and the caring choice', () => {
      expect(carerReviewStep(carerStepBodies.reviews() as CarerReviewDto)).toMatchObject({
        name: 'review',
        payload: { outcome: 'continued', caringChoice: 'willing-to-continue' },
        narrative: {},
      });
    });
  });

  describe(schoolMoveStep.name, () => {
    it('should send the date and the EHC plan transfer, keeping the notes', () => {
      const dto = carerStepBodies['school-moves']() as SchoolMoveDto;

      expect(schoolMoveStep(dto)).toEqual({
        name: 'school-move',
        payload: { movesOn: dto.movesOn, ehcPlanTransfer: 'none' },
        narrative: { notes: 'Moving to Thornton Grammar' },
        effectiveDate: dto.effectiveDate,
      });
    });
  });

  describe(carerClosureStep.name, () => {
    it('should send the reason and keep a note only when given', () => {
      const dto = carerStepBodies.closure() as CarerClosureDto;

      expect(carerClosureStep(dto)).toMatchObject({ name: 'closure', payload: { reason: dto.reason }, narrative: {} });
    });
  });
});
