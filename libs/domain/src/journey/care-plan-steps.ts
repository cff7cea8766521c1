import { formatPence } from '../budget/money';
import type { CarePlanState, JourneyState } from './journey-state';
import { StepRuleError } from './step-errors';
import type { JourneyStep } from './steps';

/** The newest version of the plan: the draft beside the plan in force, or else the plan itself. */
export const newestCarePlan = (state: Pick<JourneyState, 'carePlan' | 'draftCarePlan'>): CarePlanState | null =>
  state.draftCarePlan ?? state.carePlan;

/** There is a version of the plan waiting for the person's agreement. */
export const hasPlanToAgree = (state: JourneyState) => {
  const newest = newestCarePlan(state);
  return newest !== null && newest.agreedOn === null;
};

/**
 * Drafts a new version of the plan. Once a plan is agreed it stays in force (spend and reviews go on
 * against it) and the new version waits beside it until agreed; before that, a revision replaces the
 * draft. `draftBesideAgreedPlan` is false only for journeys recorded when a revision replaced the
 * agreed plan at once.
 */
export function draftCarePlan(
  state: JourneyState,
  step: JourneyStep<'care-plan'>,
  draftBesideAgreedPlan: boolean,
): JourneyState {
  const { coordinatorId, items, ehcPlan } = step.payload;
  const totalAnnualCostPence = items.reduce((total, item) => total + item.annualCostPence, 0);
  const version = (newestCarePlan(state)?.version ?? 0) + 1;
  const draft: CarePlanState = { version, coordinatorId, items, totalAnnualCostPence, agreedOn: null };
  // Plans recorded before EHC plans were recorded leave the journey as it was.
  const planned = ehcPlan === undefined ? state : { ...state, ehcPlan };
  if (draftBesideAgreedPlan && state.carePlan?.agreedOn) return { ...planned, draftCarePlan: draft };
  return { ...planned, carePlan: draft, draftCarePlan: null };
}

/** The newest version becomes the plan in force. */
export function agreeCarePlan(state: JourneyState, step: JourneyStep<'care-plan-agreement'>): JourneyState {
  const agreed = newestCarePlan(state) as CarePlanState;
  return {
    ...state,
    // A plan revised once a budget is settled (set or declined) is agreed back into delivery.
    stage: state.budget || state.budgetDeclined ? 'delivery' : 'plan-agreed',
    carePlan: { ...agreed, agreedOn: step.effectiveDate },
    draftCarePlan: null,
  };
}

export function assertAgreedVersion(state: JourneyState, step: JourneyStep<'care-plan-agreement'>): void {
  const current = newestCarePlan(state)?.version;
  if (step.payload.planVersion !== current) {
    throw new StepRuleError('planVersion', `the plan has been revised; the current version is ${current ?? 'none'}`);
  }
}

/** A plan is agreed only within the personal budget in force: a dearer plan needs the budget revised first. */
export function assertPlanWithinBudget(state: JourneyState, step: JourneyStep<'care-plan-agreement'>): void {
  const plan = newestCarePlan(state);
  if (!state.budget || !plan || plan.totalAnnualCostPence <= state.budget.totalPence) return;
  const shortfall = plan.totalAnnualCostPence - state.budget.totalPence;
  throw new StepRuleError(
    'planVersion',
    `version ${step.payload.planVersion} costs ${formatPence(plan.totalAnnualCostPence)} a year, ` +
      `${formatPence(shortfall)} more than the personal budget of ${formatPence(state.budget.totalPence)}: ` +
      'revise the budget first (POST .../budget with a reason)',
  );
}
