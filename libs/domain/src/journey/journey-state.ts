import type { Activation } from '../activation';
import type { IndicativeBudget, PersonalBudget } from '../budget';
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
  carePlan: CarePlanState | null;
  indicativeBudget: IndicativeBudget | null;
  budget: PersonalBudget | null;
  budgetDeclined: boolean;
  closure: { reason: ClosureReason; closedOn: string } | null;
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
    indicativeBudget: null,
    budget: null,
    budgetDeclined: false,
    closure: null,
  };
}
