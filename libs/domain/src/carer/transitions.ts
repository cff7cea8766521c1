import { isCalendarDate } from '../calendar-date';
import { StepRuleError } from '../journey/step-errors';
import type { CarerState, CarerView } from './carer-state';
import {
  ASSESSMENT_METHODS,
  CARER_CLOSURE_REASONS,
  CARER_REVIEW_OUTCOMES,
  CARING_CHOICES,
  type CarerStage,
  type CarerStepName,
  EHC_PLAN_TRANSFERS,
} from './stages';
import { IllegalCarerStepError } from './step-errors';
import type { AnyCarerStep, CarerStep } from './steps';
import {
  carerTransitionKey,
  type CarerTransitionPoint,
  carerTransitionPoints,
  nextCarerHealthCheckOn,
} from './transition-schedule';

const STEPS_BY_STAGE: Record<CarerStage, CarerStepName[]> = {
  identified: ['assessment-offer', 'school-move', 'closure'],
  'assessment-offered': ['assessment-offer', 'assessment', 'school-move', 'closure'],
  assessed: ['assessment-offer', 'support-plan', 'school-move', 'closure'],
  // A carer may decline and be offered again later (at a health check, when things change).
  'assessment-declined': ['assessment-offer', 'school-move', 'closure'],
  'support-planned': ['assessment-offer', 'support-plan', 'carer-budget', 'review', 'school-move', 'closure'],
  closed: [],
};

/** Steps that need more than the stage: a plan meets eligible needs; school moves are a child's. */
const PRECONDITIONS: Partial<Record<CarerStepName, (state: CarerState) => boolean>> = {
  'support-plan': (state) =>
    state.stage === 'support-planned' || (state.assessment?.outcome === 'completed' && state.assessment.eligibleNeeds),
  'school-move': (state) => state.kind !== 'adult-carer',
};

export function allowedCarerSteps(state: CarerState): CarerStepName[] {
  return STEPS_BY_STAGE[state.stage].filter((step) => PRECONDITIONS[step]?.(state) ?? true);
}

const lastHealthCheckOn = (state: CarerState) =>
  state.firedTransitions
    .filter((key) => key.startsWith('annual-health-check:'))
    .map((key) => key.slice('annual-health-check:'.length))
    .reduce<string | null>((latest, dueOn) => (latest === null || dueOn > latest ? dueOn : latest), null);

/** Transition points not yet noticed, earliest reminder first; none once the carer is closed. */
export function pendingCarerTransitions(state: CarerState): CarerTransitionPoint[] {
  if (state.stage === 'closed') return [];
  const fired = new Set(state.firedTransitions);
  return carerTransitionPoints({
    milestones: state.milestones,
    schoolMoves: state.schoolMoves,
    healthCheckDueOn: nextCarerHealthCheckOn(state.identifiedOn, lastHealthCheckOn(state), state.transitionsFrom),
    leadDays: state.transitionLeadDays,
  }).filter((point) => point.dueOn >= state.transitionsFrom && !fired.has(carerTransitionKey(point)));
}

export function viewCarer(state: CarerState): CarerView {
  return { ...state, allowedSteps: allowedCarerSteps(state), upcomingTransitions: pendingCarerTransitions(state) };
}

/** Marks a transition point noticed, so it is never noticed twice. */
export function noticeCarerTransition(state: CarerState, point: CarerTransitionPoint): CarerState {
  return {
    ...state,
    revision: state.revision + 1,
    firedTransitions: [...state.firedTransitions, carerTransitionKey(point)],
  };
}

/**
 * The state to carry into a new run: health checks before the latest are implied by it, so their
 * keys go; the rest stay (a handful per carer), so nothing is ever noticed twice.
 */
export function compactCarerState(state: CarerState): CarerState {
  const latest = lastHealthCheckOn(state);
  const firedTransitions = state.firedTransitions.filter(
    (key) => !key.startsWith('annual-health-check:') || key === `annual-health-check:${latest}`,
  );
  const escalatedTransitions = state.escalatedTransitions?.filter((key) => firedTransitions.includes(key));
  return { ...state, firedTransitions, escalatedTransitions };
}

/** Checks a step against the stage and the carer's dates without changing anything. */
export function assertCarerStepAllowed(state: CarerState, step: AnyCarerStep): void {
  const allowed = allowedCarerSteps(state);
  if (!allowed.includes(step.name)) throw new IllegalCarerStepError(step.name, state.stage, allowed);
  if (step.effectiveDate < state.lastStepOn) {
    throw new StepRuleError('effectiveDate', `must not be before the previous step (${state.lastStepOn})`);
  }
  assertCarerStepContent(state, step);
}

const isPence = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): void {
  if (!allowed.includes(value as T)) throw new StepRuleError(field, `must be one of ${allowed.join(', ')}`);
}

/** Rules on a step's content that hold however the step arrives (the API checks them first too). */
function assertCarerStepContent(state: CarerState, step: AnyCarerStep): void {
  switch (step.name) {
    case 'assessment-offer':
      return oneOf('method', step.payload.method, ASSESSMENT_METHODS);
    case 'assessment':
      if (step.payload.outcome === 'declined') return;
      if (step.payload.outcome !== 'completed') throw new StepRuleError('outcome', 'must be completed or declined');
      if (typeof step.payload.eligibleNeeds !== 'boolean') {
        throw new StepRuleError('eligibleNeeds', 'must say whether the carer has eligible needs');
      }
      return oneOf('caringChoice', step.payload.caringChoice, CARING_CHOICES);
    case 'support-plan':
      if (step.payload.items.length === 0) throw new StepRuleError('supportItems', 'must list at least one item');
      step.payload.items.forEach((item, index) => {
        if (!isPence(item.annualCostPence)) {
          throw new StepRuleError(
            `supportItems[${index}].annualCostPence`,
            'must be a whole number of pence, 0 or more',
          );
        }
      });
      return;
    case 'carer-budget':
      return assertCarerBudget(state, step);
    case 'review':
      oneOf('outcome', step.payload.outcome, CARER_REVIEW_OUTCOMES);
      return oneOf('caringChoice', step.payload.caringChoice, CARING_CHOICES);
    case 'school-move':
      return assertSchoolMove(state, step);
    case 'closure':
      return oneOf('reason', step.payload.reason, CARER_CLOSURE_REASONS);
  }
}

function assertCarerBudget(state: CarerState, step: CarerStep<'carer-budget'>): void {
  const { amountPence, capPence, reductionReasonGiven } = step.payload;
  if (!isPence(capPence) || capPence === 0)
    throw new StepRuleError('capPence', 'must be a whole number of pence above 0');
  if (!isPence(amountPence) || amountPence === 0) {
    throw new StepRuleError('amountPence', 'must be a whole number of pence above 0');
  }
  if (amountPence > capPence) {
    throw new StepRuleError('amountPence', `must not exceed the carer budget cap of ${capPence} pence`);
  }
  if (state.budget && amountPence < state.budget.amountPence && !reductionReasonGiven) {
    throw new StepRuleError('reason', 'a reason is required to reduce a carer budget');
  }
}

function assertSchoolMove(state: CarerState, step: CarerStep<'school-move'>): void {
  const { movesOn, ehcPlanTransfer } = step.payload;
  if (typeof movesOn !== 'string' || !isCalendarDate(movesOn)) throw new StepRuleError('movesOn', 'must be a date');
  if (movesOn < state.identifiedOn) {
    throw new StepRuleError('movesOn', `must not be before the carer was identified (${state.identifiedOn})`);
  }
  oneOf('ehcPlanTransfer', ehcPlanTransfer, EHC_PLAN_TRANSFERS);
  if (state.schoolMoves.some((move) => move.movesOn === movesOn)) {
    throw new StepRuleError('movesOn', 'a school move on this date is already recorded');
  }
}

/** Applies an allowed step and returns the carer's next state (pure; the caller persists it). */
export function applyCarerStep(state: CarerState, step: AnyCarerStep): CarerState {
  assertCarerStepAllowed(state, step);
  const next = {
    ...state,
    sequence: state.sequence + 1,
    revision: state.revision + 1,
    lastStepOn: step.effectiveDate,
  };
  const moved = applyCarerStepContent(next, step);
  return moved.stage === state.stage ? moved : { ...moved, stageEnteredOn: step.effectiveDate };
}

function applyCarerStepContent(state: CarerState, step: AnyCarerStep): CarerState {
  const on = step.effectiveDate;
  switch (step.name) {
    case 'assessment-offer':
      return { ...state, stage: 'assessment-offered', assessmentOffer: { ...step.payload, offeredOn: on } };
    case 'assessment':
      return step.payload.outcome === 'completed'
        ? {
            ...state,
            stage: 'assessed',
            assessment: {
              outcome: 'completed',
              eligibleNeeds: step.payload.eligibleNeeds,
              caringChoice: step.payload.caringChoice,
              assessedOn: on,
            },
          }
        : { ...state, stage: 'assessment-declined', assessment: { outcome: 'declined', declinedOn: on } };
    case 'support-plan': {
      const { coordinatorId, items } = step.payload;
      const version = (state.supportPlan?.version ?? 0) + 1;
      const totalAnnualCostPence = items.reduce((total, item) => total + item.annualCostPence, 0);
      return {
        ...state,
        stage: 'support-planned',
        supportPlan: { version, coordinatorId, items, totalAnnualCostPence, plannedOn: on },
      };
    }
    case 'carer-budget':
      return {
        ...state,
        budget: {
          version: (state.budget?.version ?? 0) + 1,
          amountPence: step.payload.amountPence,
          capPence: step.payload.capPence,
          setOn: on,
        },
      };
    case 'review':
      return {
        ...state,
        reviewCount: state.reviewCount + 1,
        lastReview: { ...step.payload, reviewedOn: on },
      };
    case 'school-move':
      return {
        ...state,
        schoolMoves: [...state.schoolMoves, { ...step.payload, recordedOn: on }].sort((a, b) =>
          a.movesOn.localeCompare(b.movesOn),
        ),
      };
    case 'closure':
      return { ...state, stage: 'closed', closure: { reason: step.payload.reason, closedOn: on } };
  }
}
