import { stepBodies } from '../../../../test/factories/steps.factory';
import type { ActivationDto } from './dto/activation.dto';
import type { CarePlanAgreementDto } from './dto/care-plan-agreement.dto';
import type { CarePlanDto } from './dto/care-plan.dto';
import type { ClosureDto } from './dto/closure.dto';
import type { FollowUpDto } from './dto/follow-up.dto';
import type { GuidedConversationDto } from './dto/guided-conversation.dto';
import type { IdentificationDto } from './dto/identification.dto';
import type { OfferDto } from './dto/offer.dto';
import {
  activationStep,
  carePlanAgreementStep,
  carePlanStep,
  closureStep,
  followUpStep,
  guidedConversationStep,
  identificationStep,
  offerStep,
} from './journey.steps';

describe('journey steps', () => {
  describe(identificationStep.name, () => {
    it('should send eligibility and consent, and keep an ineligible reason out of the decision', () => {
      const dto = stepBodies.identification({ eligible: false, ineligibleReason: 'Lives outside the area' });

      expect(identificationStep(dto as IdentificationDto)).toEqual({
        name: 'identification',
        payload: { eligible: false, consentToShare: true },
        narrative: { ineligibleReason: 'Lives outside the area' },
        effectiveDate: '2026-09-03',
      });
    });

    it('should keep no narrative for an eligible person', () => {
      expect(identificationStep(stepBodies.identification() as IdentificationDto).narrative).toEqual({});
    });
  });

  describe(offerStep.name, () => {
    it('should send the format, language, advocacy and connector, and keep the notes in the narrative', () => {
      const dto = stepBodies.offer({ notes: 'Prefers mornings' }) as OfferDto;

      expect(offerStep(dto)).toEqual({
        name: 'offer',
        payload: {
          informationFormat: 'easy-read',
          language: 'en',
          advocacy: 'accepted',
          communityConnectorId: 'connector-7',
        },
        narrative: { notes: 'Prefers mornings' },
        effectiveDate: '2026-09-10',
      });
    });
  });

  describe(guidedConversationStep.name, () => {
    it('should send how many referrals and carers there were, never who they are', () => {
      const step = guidedConversationStep(stepBodies.guidedConversation() as GuidedConversationDto, 90);

      expect(step.payload).toEqual({
        outcome: 'care-planning',
        peerSupport: ['group'],
        referralsMade: 1,
        carersIdentified: 1,
      });
      expect(JSON.stringify(step.payload)).not.toContain('Ann Example');
      expect(step.narrative).toMatchObject({ carersIdentified: [{ relationship: 'daughter', name: 'Ann Example' }] });
    });

    it('should give a person met through community connecting the configured follow-up interval', () => {
      const dto = stepBodies.guidedConversation({ outcome: 'community-connecting' }) as GuidedConversationDto;

      expect(guidedConversationStep(dto, 60).payload).toMatchObject({ followUpAfterDays: 60 });
    });
  });

  describe(followUpStep.name, () => {
    it('should close with needs met unless another reason is given, and keep the note out of the payload', () => {
      const step = followUpStep({ outcome: 'closed', note: 'Doing well with the walking group' } as FollowUpDto, 90);

      expect(step.payload).toEqual({ outcome: 'closed', followUpAfterDays: 90, closureReason: 'needs-met' });
      expect(step.narrative).toEqual({ note: 'Doing well with the walking group' });
    });

    it('should carry no closure reason for a person still fine', () => {
      expect(followUpStep({ outcome: 'still-fine' } as FollowUpDto, 90).payload.closureReason).toBeNull();
    });
  });

  describe(activationStep.name, () => {
    it('should send the PAM score alone', () => {
      expect(activationStep(stepBodies.activation() as ActivationDto)).toEqual({
        name: 'activation',
        payload: { score: 52.3 },
        narrative: {},
        effectiveDate: '2026-09-24',
      });
    });
  });

  describe(carePlanStep.name, () => {
    it("should give new items an id and send only the items' ids and costs", () => {
      const body = stepBodies.carePlan();
      const [first, second] = body.supportItems;
      const dto = { ...body, supportItems: [{ ...first, itemId: 'item-kept' }, second] } as CarePlanDto;

      const step = carePlanStep(dto, false, () => 'item-new');

      expect(step.payload).toEqual({
        coordinatorId: 'coordinator-a',
        items: [
          { itemId: 'item-kept', annualCostPence: 936000 },
          { itemId: 'item-new', annualCostPence: 32050 },
        ],
      });
      expect(step.narrative.supportItems).toEqual([
        expect.objectContaining({ itemId: 'item-kept', provider: 'Riverside PA Co-op' }),
        expect.objectContaining({ itemId: 'item-new', provider: 'Leisure Trust' }),
      ]);
      expect(step.narrative).toMatchObject({ risks: dto.risks, contingency: dto.contingency, involved: dto.involved });
    });
  });

  describe(carePlanAgreementStep.name, () => {
    it('should send the plan version and keep a note only when given', () => {
      expect(carePlanAgreementStep(stepBodies.agreement() as CarePlanAgreementDto)).toEqual({
        name: 'care-plan-agreement',
        payload: { planVersion: 1 },
        narrative: {},
        effectiveDate: '2026-10-08',
      });
      expect(
        carePlanAgreementStep(stepBodies.agreement({ note: 'Agreed at home' }) as CarePlanAgreementDto).narrative,
      ).toEqual({ note: 'Agreed at home' });
    });
  });

  describe(closureStep.name, () => {
    it('should send the reason and keep the note in the narrative', () => {
      expect(closureStep(stepBodies.closure({ note: 'Moved to Leeds' }) as ClosureDto)).toEqual({
        name: 'closure',
        payload: { reason: 'withdrew' },
        narrative: { note: 'Moved to Leeds' },
        effectiveDate: '2026-10-09',
      });
    });
  });
});
