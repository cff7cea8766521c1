import type { ActivationNotMeasuredReason, PlanningSupport } from '../activation';
import type { BudgetProposal, IndividualStatement, StatementCycle } from '../budget';
import type { ReviewOutcome, ReviewRequestReason } from '../review';
import type {
  AdvocacyResponse,
  ClosureReason,
  ConversationOutcome,
  FollowUpOutcome,
  InformationFormat,
  JourneyStepName,
  PeerSupportKind,
} from './stages';

/**
 * What each step tells the journey. Only ids, codes, dates and amounts: free text and anything that
 * identifies a person stays in Postgres, so none of it reaches a Temporal history.
 */
export interface StepPayloads {
  identification: { eligible: boolean; consentToShare: boolean };
  offer: {
    informationFormat: InformationFormat;
    language: string;
    advocacy: AdvocacyResponse;
    communityConnectorId: string;
  };
  'guided-conversation': {
    outcome: ConversationOutcome;
    peerSupport: PeerSupportKind[];
    referralsMade: number;
    carersIdentified: number;
    /** Days until the light-touch follow-up (configuration); absent in steps recorded before follow-ups. */
    followUpAfterDays?: number;
  };
  /**
   * A PAM score, or none with the reason and the planning support the coordinator chose. In
   * activation it moves the journey to planning; later (in planning, or at a review) it measures again.
   */
  activation:
    | { score: number }
    | { score: null; notMeasuredReason: ActivationNotMeasuredReason; planningSupport: PlanningSupport };
  /** `ehcPlan`: whether the plan aligns with an EHC plan, and the child is under five; absent in plans recorded before. */
  'care-plan': { coordinatorId: string; items: CarePlanItemCost[]; ehcPlan?: { underFive: boolean } | null };
  'care-plan-agreement': { planVersion: number };
  'indicative-budget': { statement: IndividualStatement };
  budget: BudgetProposal & { statementCycle: StatementCycle; revisionReasonGiven: boolean };
  /** The site's statement cycle, so a decliner with an ISR gets a yearly statement; absent in declines recorded before. */
  'budget-decline': { statementCycle?: StatementCycle };
  'direct-payment-withdrawal': { partId: string };
  review: {
    outcome: ReviewOutcome;
    attendeeCount: number;
    carersAttended: number;
    closureReason: ClosureReason | null;
    /** Whether the person is under five on the day (an EHC plan's reviews follow it); absent in reviews recorded before. */
    underFive?: boolean;
  };
  'review-request': { reason: ReviewRequestReason };
  'follow-up': { outcome: FollowUpOutcome; followUpAfterDays: number; closureReason: ClosureReason | null };
  closure: { reason: ClosureReason };
  /** A recorded step's effective date corrected; its neighbours' dates come from the record, which holds every step's. */
  amendment: {
    sequence: number;
    step: string;
    originalDate: string;
    amendedDate: string;
    previousStepOn: string;
    nextStepOn: string | null;
    /** The step is the one that moved the journey into the stage it is in now. */
    entersCurrentStage: boolean;
  };
  /** The last step was recorded in error: the journey steps back to where it was before it. */
  'entered-in-error': { sequence: number };
  /** A journey closed in error, reopened within the configured number of days of its closure. */
  reopen: { withinDays: number };
}

export interface CarePlanItemCost {
  itemId: string;
  annualCostPence: number;
}

export interface StepActor {
  staffId: string;
  teamId: string;
}

export interface JourneyStep<N extends JourneyStepName = JourneyStepName> {
  name: N;
  /** The Idempotency-Key of the request (or one the API generated): the step's identity. */
  requestId: string;
  actor: StepActor;
  /** Europe/London date the step happened; may be in the past, never in the future. */
  effectiveDate: string;
  payload: StepPayloads[N];
}

export type AnyJourneyStep = { [N in JourneyStepName]: JourneyStep<N> }[JourneyStepName];
