import type { CarePlanItemCost, StepActor } from '../journey/steps';
import type {
  AssessmentMethod,
  CarerClosureReason,
  CarerReviewOutcome,
  CarerStepName,
  CaringChoice,
  EhcPlanTransfer,
} from './stages';

/**
 * What each carer step tells the carer's workflow: ids, codes, dates and amounts only. Names,
 * contact details, dates of birth and free text stay in Postgres.
 */
export interface CarerStepPayloads {
  'assessment-offer': { method: AssessmentMethod; assessorId: string | null };
  assessment: { outcome: 'completed'; eligibleNeeds: boolean; caringChoice: CaringChoice } | { outcome: 'declined' };
  'support-plan': { coordinatorId: string; items: CarePlanItemCost[] };
  /**
   * `capPence` is the site's configured cap, passed in by the API so the rule stays pure; a reduction
   * needs a reason (kept in Postgres), so only whether one was given comes here.
   */
  'carer-budget': { amountPence: number; capPence: number; reductionReasonGiven: boolean };
  review: { outcome: CarerReviewOutcome; caringChoice: CaringChoice };
  'school-move': { movesOn: string; ehcPlanTransfer: EhcPlanTransfer };
  closure: { reason: CarerClosureReason };
}

export interface CarerStep<N extends CarerStepName = CarerStepName> {
  name: N;
  /** The Idempotency-Key of the request (or one the API generated): the step's identity. */
  requestId: string;
  actor: StepActor;
  /** Europe/London date the step happened; may be in the past, never in the future. */
  effectiveDate: string;
  payload: CarerStepPayloads[N];
}

export type AnyCarerStep = { [N in CarerStepName]: CarerStep<N> }[CarerStepName];
