import {
  type Activation,
  ACTIVATION_NOT_MEASURED_REASONS,
  isValidPamScore,
  measureActivation,
  PLANNING_SUPPORT,
} from '../activation';
import {
  activeDirectPayments,
  assertBudgetStep,
  declineBudget,
  assertDirectPaymentWithdrawal,
  issueIndicativeBudget,
  setBudget,
  withdrawDirectPayment,
} from './budget-steps';
import {
  agreeCarePlan,
  assertAgreedVersion,
  assertPlanWithinBudget,
  draftCarePlan,
  hasPlanToAgree,
} from './care-plan-steps';
import { applyCorrection, assertCorrection, isCorrection, lastStepOf } from './corrections';
import { followUpAfterConversation, recordFollowUp } from './follow-up';
import type { JourneyState, JourneyView } from './journey-state';
import { hasAgreedPlan, holdReview, refreshReviewDue, requestReview } from './review-steps';
import type { JourneyStage, JourneyStepName } from './stages';
import { IllegalStepError, StepRuleError } from './step-errors';
import type { AnyJourneyStep, JourneyStep } from './steps';

const STEPS_BY_STAGE: Record<JourneyStage, JourneyStepName[]> = {
  referred: ['identification', 'closure'],
  'awaiting-consent': ['identification', 'closure'],
  identified: ['offer', 'closure'],
  offered: ['offer', 'guided-conversation', 'closure'],
  'community-follow-up': ['guided-conversation', 'follow-up', 'closure'],
  activation: ['activation', 'closure'],
  planning: ['activation', 'care-plan', 'care-plan-agreement', 'indicative-budget', 'budget', 'closure'],
  'plan-agreed': ['activation', 'indicative-budget', 'budget', 'budget-decline', 'review', 'review-request', 'closure'],
  delivery: [
    'activation',
    'care-plan',
    'care-plan-agreement',
    'indicative-budget',
    'budget',
    'direct-payment-withdrawal',
    'review',
    'review-request',
    'closure',
  ],
  closed: [],
};

/** Steps that also need something to exist first, beyond the stage. */
const PRECONDITIONS: Partial<Record<JourneyStepName, (state: JourneyState) => boolean>> = {
  'care-plan-agreement': hasPlanToAgree,
  // In planning, only a budget already set can be revised (a plan revised at review may need more).
  budget: (state) => state.indicativeBudget !== null && (state.stage !== 'planning' || state.budget !== null),
  'direct-payment-withdrawal': (state) => activeDirectPayments(state).length > 0,
  review: hasAgreedPlan,
  'review-request': hasAgreedPlan,
};

export function allowedSteps(state: JourneyState): JourneyStepName[] {
  return STEPS_BY_STAGE[state.stage].filter((step) => PRECONDITIONS[step]?.(state) ?? true);
}

/** The journey as answers and the record show it: the last step named, the journey before it left out. */
export function viewJourney(state: JourneyState): JourneyView {
  const { lastStep, ...shown } = state;
  const view: JourneyView = { ...shown, allowedSteps: allowedSteps(state) };
  // Journeys recorded before corrections keep the shape their answers had.
  if (lastStep !== undefined) view.lastStep = lastStep && { sequence: lastStep.sequence, step: lastStep.step };
  return view;
}

/**
 * Checks a step as it arrives, without changing anything: every rule of {@link assertStepAllowed}
 * and those added since journeys began, which a recorded step is not held to when its journey
 * replays (it was accepted under the rules of its day).
 */
export function assertStepAccepted(state: JourneyState, step: AnyJourneyStep): void {
  assertStepAllowed(state, step);
  if (step.name === 'care-plan-agreement') assertPlanWithinBudget(state, step);
}

/** Checks a step against the stage and the journey's dates without changing anything. */
export function assertStepAllowed(state: JourneyState, step: AnyJourneyStep): void {
  if (isCorrection(step)) return assertCorrection(state, step);
  const allowed = allowedSteps(state);
  if (!allowed.includes(step.name)) throw new IllegalStepError(step.name, state.stage, allowed);
  if (step.effectiveDate < state.lastStepOn) {
    throw new StepRuleError('effectiveDate', `must not be before the previous step (${state.lastStepOn})`);
  }
  assertStepContent(state, step);
}

/** Rules on a step's content that hold however the step arrives (the API checks them first too). */
function assertStepContent(state: JourneyState, step: AnyJourneyStep): void {
  if (step.name === 'activation') assertActivation(step);
  if (step.name === 'care-plan') {
    if (step.payload.items.length === 0) throw new StepRuleError('supportItems', 'must list at least one item');
    step.payload.items.forEach((item, index) => {
      if (!Number.isSafeInteger(item.annualCostPence) || item.annualCostPence < 0) {
        throw new StepRuleError(`supportItems[${index}].annualCostPence`, 'must be a whole number of pence, 0 or more');
      }
    });
  }
  if (step.name === 'budget') assertBudgetStep(state, step);
  if (step.name === 'direct-payment-withdrawal') assertDirectPaymentWithdrawal(state, step);
  if (step.name === 'care-plan-agreement') assertAgreedVersion(state, step);
}

/** How a step applies; journeys recorded under earlier rules replay under them. */
export interface StepRules {
  /** A plan revised once agreed is drafted beside the plan in force (false: it replaces it). */
  draftBesideAgreedPlan: boolean;
}

const CURRENT_RULES: StepRules = { draftBesideAgreedPlan: true };

/** Applies an allowed step and returns the journey's next state (pure; the caller persists it). */
export function applyStep(state: JourneyState, step: AnyJourneyStep, rules: StepRules = CURRENT_RULES): JourneyState {
  assertStepAllowed(state, step);
  if (isCorrection(step)) return applyCorrection(state, step);
  const sequence = state.sequence + 1;
  // Journeys recorded before corrections gain what a correction needs from their next step on.
  const next = { ...state, sequence, lastStepOn: step.effectiveDate, lastStep: lastStepOf(state, step, sequence) };
  const moved = refreshReviewDue(applyStepContent(next, step, rules));
  return moved.stage === state.stage ? moved : { ...moved, stageEnteredOn: step.effectiveDate };
}

function applyStepContent(state: JourneyState, step: AnyJourneyStep, rules: StepRules): JourneyState {
  switch (step.name) {
    case 'identification':
      return identify(state, step);
    case 'offer':
      return {
        ...state,
        stage: 'offered',
        informationFormat: step.payload.informationFormat,
        language: step.payload.language,
        communityConnectorId: step.payload.communityConnectorId,
      };
    case 'guided-conversation':
      return {
        ...state,
        stage: step.payload.outcome === 'care-planning' ? 'activation' : 'community-follow-up',
        ...(step.payload.followUpAfterDays !== undefined && { followUp: followUpAfterConversation(step) }),
      };
    case 'follow-up':
      return recordFollowUp(state, step);
    case 'activation':
      return {
        ...state,
        stage: state.stage === 'activation' ? 'planning' : state.stage,
        activation: { ...activationOf(step), measuredOn: step.effectiveDate },
      };
    case 'care-plan':
      return draftCarePlan(state, step, rules.draftBesideAgreedPlan);
    case 'care-plan-agreement':
      return agreeCarePlan(state, step);
    case 'indicative-budget':
      return issueIndicativeBudget(state, step);
    case 'budget':
      return setBudget(state, step);
    case 'budget-decline':
      return declineBudget(state, step);
    case 'direct-payment-withdrawal':
      return withdrawDirectPayment(state, step);
    case 'review':
      return holdReview(state, step);
    case 'review-request':
      return requestReview(state, step);
    case 'closure':
      return {
        ...state,
        stage: 'closed',
        closure: { reason: step.payload.reason, closedOn: step.effectiveDate },
        ...(state.followUp && { followUp: null }),
      };
    case 'amendment':
    case 'entered-in-error':
    case 'reopen':
      throw new Error(`${step.name} is a correction, applied by applyCorrection`);
  }
}

function assertActivation(step: JourneyStep<'activation'>): void {
  const { payload } = step;
  if (payload.score !== null) {
    if (!isValidPamScore(payload.score)) {
      throw new StepRuleError('score', 'must be from 0 to 100 with at most one decimal place');
    }
    return;
  }
  if (!ACTIVATION_NOT_MEASURED_REASONS.includes(payload.notMeasuredReason)) {
    throw new StepRuleError('notMeasuredReason', `must be one of ${ACTIVATION_NOT_MEASURED_REASONS.join(', ')}`);
  }
  if (!PLANNING_SUPPORT.includes(payload.planningSupport)) {
    throw new StepRuleError('planningSupport', `must be one of ${PLANNING_SUPPORT.join(', ')}`);
  }
}

function activationOf({ payload }: JourneyStep<'activation'>): Activation {
  if (payload.score !== null) return measureActivation(payload.score);
  const { notMeasuredReason, planningSupport } = payload;
  return { score: null, level: null, planningSupport, notMeasuredReason };
}

function identify(state: JourneyState, step: JourneyStep<'identification'>): JourneyState {
  if (!step.payload.eligible) {
    return { ...state, stage: 'closed', closure: { reason: 'not-eligible', closedOn: step.effectiveDate } };
  }
  const { consentToShare } = step.payload;
  return { ...state, consentToShare, stage: consentToShare ? 'identified' : 'awaiting-consent' };
}
