import { randomUUID } from 'node:crypto';
import type { JourneyStepName, StepPayloads } from '@ipc/domain';
import type { ActivationDto } from './dto/activation.dto';
import type { CarePlanAgreementDto } from './dto/care-plan-agreement.dto';
import type { CarePlanDto } from './dto/care-plan.dto';
import type { ClosureDto } from './dto/closure.dto';
import type { GuidedConversationDto } from './dto/guided-conversation.dto';
import type { IdentificationDto } from './dto/identification.dto';
import type { OfferDto } from './dto/offer.dto';

/**
 * A step split in two: the decision the journey workflow needs (codes, ids, amounts) and the
 * narrative that stays in Postgres (free text, names), so no personal content reaches Temporal.
 */
export interface StepContent<N extends JourneyStepName> {
  payload: StepPayloads[N];
  narrative: Record<string, unknown>;
}

export const identificationContent = (dto: IdentificationDto): StepContent<'identification'> => ({
  payload: { eligible: dto.eligible, consentToShare: dto.consentToShare },
  narrative: dto.eligible ? {} : { ineligibleReason: dto.ineligibleReason },
});

export const offerContent = (dto: OfferDto): StepContent<'offer'> => ({
  payload: {
    informationFormat: dto.informationFormat,
    language: dto.language,
    advocacy: dto.advocacy,
    communityConnectorId: dto.communityConnectorId,
  },
  narrative: dto.notes ? { notes: dto.notes } : {},
});

export const guidedConversationContent = (dto: GuidedConversationDto): StepContent<'guided-conversation'> => ({
  payload: {
    outcome: dto.outcome,
    peerSupport: dto.peerSupport,
    referralsMade: dto.referralsMade.length,
    carersIdentified: dto.carersIdentified.length,
  },
  narrative: {
    whatMatters: dto.whatMatters,
    goals: dto.goals,
    communityConnections: dto.communityConnections,
    referralsMade: dto.referralsMade,
    carersIdentified: dto.carersIdentified,
  },
});

export const activationContent = (dto: ActivationDto): StepContent<'activation'> => ({
  payload: { score: dto.score },
  narrative: {},
});

export const carePlanContent = (dto: CarePlanDto): StepContent<'care-plan'> => {
  const supportItems = dto.supportItems.map((item) => ({ ...item, itemId: item.itemId ?? randomUUID() }));
  return {
    payload: {
      coordinatorId: dto.coordinatorId,
      items: supportItems.map(({ itemId, annualCostPence }) => ({ itemId, annualCostPence })),
    },
    narrative: {
      outcomes: dto.outcomes,
      supportItems,
      involved: dto.involved,
      risks: dto.risks,
      contingency: dto.contingency,
    },
  };
};

export const carePlanAgreementContent = (dto: CarePlanAgreementDto): StepContent<'care-plan-agreement'> => ({
  payload: { planVersion: dto.planVersion },
  narrative: dto.note ? { note: dto.note } : {},
});

export const closureContent = (dto: ClosureDto): StepContent<'closure'> => ({
  payload: { reason: dto.reason },
  narrative: dto.note ? { note: dto.note } : {},
});
