import type { CarePlanItemCost } from '../journey/steps';
import type {
  AssessmentMethod,
  CarerClosureReason,
  CarerKind,
  CarerReviewOutcome,
  CarerStage,
  CarerStepName,
  CaringChoice,
} from './stages';
import type { CarerMilestones, CarerTransitionPoint, SchoolMove } from './transition-schedule';

export interface CarerAssessmentOffer {
  method: AssessmentMethod;
  assessorId: string | null;
  offeredOn: string;
}

export type CarerAssessment =
  | { outcome: 'completed'; eligibleNeeds: boolean; caringChoice: CaringChoice; assessedOn: string }
  | { outcome: 'declined'; declinedOn: string };

export interface CarerSupportPlan {
  version: number;
  coordinatorId: string;
  items: CarePlanItemCost[];
  totalAnnualCostPence: number;
  plannedOn: string;
}

export interface CarerBudget {
  version: number;
  amountPence: number;
  capPence: number;
  setOn: string;
}

export interface RecordedSchoolMove extends SchoolMove {
  recordedOn: string;
}

/** Everything a carer's workflow holds: ids, codes, dates and amounts; no personal data, by design. */
export interface CarerState {
  carerId: string;
  siteId: string;
  teamId: string;
  kind: CarerKind;
  stage: CarerStage;
  /** Number of steps applied; orders the carer's timeline. */
  sequence: number;
  /** Every change (a step or a transition noticed); orders read-model writes so a late one never wins. */
  revision: number;
  identifiedOn: string;
  stageEnteredOn: string;
  lastStepOn: string;
  milestones: CarerMilestones;
  transitionLeadDays: number;
  /** Points due before this date were already past when the carer became known; they are not noticed. */
  transitionsFrom: string;
  schoolMoves: RecordedSchoolMove[];
  /** Keys (`kind:dueOn`) of the transition points already noticed, each exactly once. */
  firedTransitions: string[];
  /** Keys of the noticed points already escalated to the team; absent in carers from before escalations. */
  escalatedTransitions?: string[];
  /** Days after a point falls due, unacted on, that the team hears of it; absent: the default (7). */
  escalationAfterDays?: number;
  assessmentOffer: CarerAssessmentOffer | null;
  assessment: CarerAssessment | null;
  supportPlan: CarerSupportPlan | null;
  budget: CarerBudget | null;
  reviewCount: number;
  lastReview: { outcome: CarerReviewOutcome; caringChoice: CaringChoice; reviewedOn: string } | null;
  closure: { reason: CarerClosureReason; closedOn: string } | null;
}

export interface CarerView extends CarerState {
  allowedSteps: CarerStepName[];
  /** Transition points still to be noticed, earliest reminder first. */
  upcomingTransitions: CarerTransitionPoint[];
}

/**
 * A new carer's workflow input. Only dates derived from dates of birth (`milestones`), never the
 * dates of birth themselves: those are personal data and stay in Postgres.
 */
export interface NewCarer {
  carerId: string;
  siteId: string;
  teamId: string;
  kind: CarerKind;
  identifiedOn: string;
  /** The date the carer was registered (today at the API): earlier points are not noticed. */
  transitionsFrom: string;
  milestones: CarerMilestones;
  transitionLeadDays: number;
  escalationAfterDays: number;
}

export function startCarer(carer: NewCarer): CarerState {
  return {
    ...carer,
    stage: 'identified',
    sequence: 0,
    revision: 0,
    stageEnteredOn: carer.identifiedOn,
    lastStepOn: carer.identifiedOn,
    schoolMoves: [],
    firedTransitions: [],
    escalatedTransitions: [],
    assessmentOffer: null,
    assessment: null,
    supportPlan: null,
    budget: null,
    reviewCount: 0,
    lastReview: null,
    closure: null,
  };
}
