import type { Activation } from '../activation';
import type { IndicativeBudget, PersonalBudget } from '../budget';
import type { ReviewSchedule } from '../review';
import type { Cohort } from '../cohorts';
import type { ClosureReason, InformationFormat, JourneyStage, JourneyStepName } from './stages';
import type { CarePlanItemCost } from './steps';

export interface CarePlanState {
  version: number;
  coordinatorId: string;
  items: CarePlanItemCost[];
  totalAnnualCostPence: number;
  agreedOn: string | null;
}

/** Everything the journey workflow holds about a person: no personal data, by design. */
export interface JourneyState {
  participantId: string;
  siteId: string;
  teamId: string;
  cohort: Cohort;
  stage: JourneyStage;
  /** Number of steps applied; orders read-model writes so a late write never wins. */
  sequence: number;
  referredOn: string;
  stageEnteredOn: string;
  lastStepOn: string;
  consentToShare: boolean;
  informationFormat: InformationFormat | null;
  language: string | null;
  communityConnectorId: string | null;
  activation: (Activation & { measuredOn: string }) | null;
  /** The plan in force: the agreed version (or, before the first agreement, the draft). */
  carePlan: CarePlanState | null;
  /**
   * A new version drafted beside an agreed plan, waiting for agreement; absent in journeys recorded
   * before an agreed plan stayed in force.
   */
  draftCarePlan?: CarePlanState | null;
  indicativeBudget: IndicativeBudget | null;
  budget: PersonalBudget | null;
  budgetDeclined: boolean;
  reviews: ReviewState;
  /**
   * Keys of the reminders already asked for ahead of the next annual statement; absent in journeys
   * recorded before statement reminders existed.
   */
  statementRemindersRequested?: string[];
  closure: { reason: ClosureReason; closedOn: string } | null;
}

export interface ReviewState {
  /** The site's rules, loaded once the person has an agreed plan (and again each year). */
  schedule: ReviewSchedule | null;
  lastReviewOn: string | null;
  requestedOn: string | null;
  nextDueOn: string | null;
  /** Keys of the reminders and escalations already asked for, for the current due date. */
  remindersRequested: string[];
}

export interface JourneyView extends JourneyState {
  allowedSteps: JourneyStepName[];
}

export interface NewJourney {
  participantId: string;
  siteId: string;
  teamId: string;
  cohort: Cohort;
  referredOn: string;
}

export function startJourney(referral: NewJourney): JourneyState {
  return {
    ...referral,
    stage: 'referred',
    sequence: 0,
    stageEnteredOn: referral.referredOn,
    lastStepOn: referral.referredOn,
    consentToShare: false,
    informationFormat: null,
    language: null,
    communityConnectorId: null,
    activation: null,
    carePlan: null,
    draftCarePlan: null,
    indicativeBudget: null,
    budget: null,
    budgetDeclined: false,
    reviews: { schedule: null, lastReviewOn: null, requestedOn: null, nextDueOn: null, remindersRequested: [] },
    closure: null,
  };
}
