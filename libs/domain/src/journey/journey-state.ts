import type { Activation } from '../activation';
import type { IndicativeBudget, PersonalBudget, StatementCycle } from '../budget';
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
  /**
   * The person has an education, health and care plan, which sets its own reviews (more often for a
   * child under five: the API says so, from the date of birth it holds, with each plan and review).
   * Absent in journeys recorded before EHC plans were recorded.
   */
  ehcPlan?: { underFive: boolean } | null;
  indicativeBudget: IndicativeBudget | null;
  budget: PersonalBudget | null;
  budgetDeclined: boolean;
  /**
   * A person who declined a personal budget after an ISR still gets a yearly statement of the
   * resources used. Absent in journeys recorded before they did.
   */
  resourceStatements?: ResourceStatements | null;
  reviews: ReviewState;
  /**
   * Keys of the reminders already asked for ahead of the next annual statement; absent in journeys
   * recorded before statement reminders existed.
   */
  statementRemindersRequested?: string[];
  closure: { reason: ClosureReason; closedOn: string } | null;
  /**
   * A person whose needs are met through community connecting: when they are followed up, and whether
   * the connector was reminded. Absent in journeys recorded before light-touch follow-ups.
   */
  followUp?: FollowUp | null;
  /**
   * The last step applied and the journey just before it, so a step entered in error, or a closure
   * made in error, can be stepped back. Absent in journeys recorded before corrections.
   */
  lastStep?: LastStep | null;
}

export interface ResourceStatements {
  statementCycle: StatementCycle;
  nextStatementOn: string;
  statementYearStart: string;
}

export interface FollowUp {
  dueOn: string;
  reminded: boolean;
}

export interface LastStep {
  sequence: number;
  step: JourneyStepName;
  /** The journey before the step (its own `lastStep` left out, so a journey holds one level). */
  before: JourneyState;
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

export interface JourneyView extends Omit<JourneyState, 'lastStep'> {
  allowedSteps: JourneyStepName[];
  /** The last step, which a correction may enter in error if its rules allow (null: none to step back). */
  lastStep?: { sequence: number; step: JourneyStepName } | null;
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
    followUp: null,
    lastStep: null,
  };
}
