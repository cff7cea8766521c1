import { randomUUID } from 'node:crypto';
import type { ActivationNotMeasuredReason, JourneyStep, JourneyStepName, PlanningSupport } from '@ipc/domain';
import type { StepDraft } from '../cases/case-kind';
import { noteOf, notesOf, planItems } from '../cases/step-drafts';
import type { ActivationDto } from './dto/activation.dto';
import type { CarePlanAgreementDto } from './dto/care-plan-agreement.dto';
import type { CarePlanDto } from './dto/care-plan.dto';
import type { ClosureDto } from './dto/closure.dto';
import type { FollowUpDto } from './dto/follow-up.dto';
import type { GuidedConversationDto } from './dto/guided-conversation.dto';
import type { IdentificationDto } from './dto/identification.dto';
import type { OfferDto } from './dto/offer.dto';

/** A journey step built from its request: the decision for the workflow, the narrative kept in PostgreSQL. */
export type JourneyStepDraft<N extends JourneyStepName> = StepDraft<JourneyStep<N>>;

export const identificationStep = (dto: IdentificationDto): JourneyStepDraft<'identification'> => ({
  name: 'identification',
  payload: { eligible: dto.eligible, consentToShare: dto.consentToShare },
  narrative: dto.eligible ? {} : { ineligibleReason: dto.ineligibleReason },
  effectiveDate: dto.effectiveDate,
});

export const offerStep = (dto: OfferDto): JourneyStepDraft<'offer'> => ({
  name: 'offer',
  payload: {
    informationFormat: dto.informationFormat,
    language: dto.language,
    advocacy: dto.advocacy,
    communityConnectorId: dto.communityConnectorId,
  },
  narrative: {
    ...notesOf(dto),
    ...(dto.advocacy === 'declined' && { advocacyDeclinedReason: dto.advocacyDeclinedReason }),
  },
  effectiveDate: dto.effectiveDate,
});

/**
 * The workflow gets how many referrals and carers, never who they are, and when a person met
 * through community connecting is followed up (configuration).
 */
export const guidedConversationStep = (
  dto: GuidedConversationDto,
  followUpAfterDays: number,
): JourneyStepDraft<'guided-conversation'> => ({
  name: 'guided-conversation',
  payload: {
    outcome: dto.outcome,
    peerSupport: dto.peerSupport,
    referralsMade: dto.referralsMade.length,
    carersIdentified: dto.carersIdentified.length,
    ...(dto.outcome === 'community-connecting' && { followUpAfterDays }),
  },
  narrative: {
    whatMatters: dto.whatMatters,
    goals: dto.goals,
    communityConnections: dto.communityConnections,
    referralsMade: dto.referralsMade,
    carersIdentified: dto.carersIdentified,
  },
  effectiveDate: dto.effectiveDate,
});

/** A score, or (without one) the reason it was not measured and the support the coordinator chose. */
export const activationStep = (dto: ActivationDto): JourneyStepDraft<'activation'> => ({
  name: 'activation',
  payload:
    dto.score !== undefined
      ? { score: dto.score }
      : {
          score: null,
          notMeasuredReason: dto.notMeasuredReason as ActivationNotMeasuredReason,
          planningSupport: dto.planningSupport as PlanningSupport,
        },
  narrative: {},
  effectiveDate: dto.effectiveDate,
});

/**
 * Items without an id get a new one (`newId`), so a revision can refer to them. With an EHC plan the
 * workflow learns whether the child is under five (`underFive`, from the date of birth), never the date.
 */
export const carePlanStep = (
  dto: CarePlanDto,
  underFive: boolean,
  newId: () => string = randomUUID,
): JourneyStepDraft<'care-plan'> => {
  const { supportItems, costs } = planItems(dto.supportItems, newId);
  return {
    name: 'care-plan',
    payload: {
      coordinatorId: dto.coordinatorId,
      items: costs,
      ...(dto.ehcPlan !== undefined && { ehcPlan: dto.ehcPlan ? { underFive } : null }),
    },
    narrative: {
      outcomes: dto.outcomes,
      supportItems,
      involved: dto.involved,
      risks: dto.risks,
      contingency: dto.contingency,
    },
    effectiveDate: dto.effectiveDate,
  };
};

export const carePlanAgreementStep = (dto: CarePlanAgreementDto): JourneyStepDraft<'care-plan-agreement'> => ({
  name: 'care-plan-agreement',
  payload: { planVersion: dto.planVersion },
  narrative: noteOf(dto),
  effectiveDate: dto.effectiveDate,
});

export const closureStep = (dto: ClosureDto): JourneyStepDraft<'closure'> => ({
  name: 'closure',
  payload: { reason: dto.reason },
  narrative: noteOf(dto),
  effectiveDate: dto.effectiveDate,
});

export const followUpStep = (dto: FollowUpDto, followUpAfterDays: number): JourneyStepDraft<'follow-up'> => ({
  name: 'follow-up',
  payload: {
    outcome: dto.outcome,
    followUpAfterDays,
    closureReason: dto.outcome === 'closed' ? (dto.closureReason ?? 'needs-met') : null,
  },
  narrative: noteOf(dto),
  effectiveDate: dto.effectiveDate,
});
