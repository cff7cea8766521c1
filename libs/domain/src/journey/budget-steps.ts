import { addOneYear, assertBudgetRules, firstStatementDate, type PersonalBudget } from '../budget';
import type { JourneyState, ResourceStatements } from './journey-state';
import { StepRuleError } from './step-errors';
import type { JourneyStep } from './steps';

export function activeDirectPayments(state: JourneyState) {
  return state.budget?.parts.filter((part) => part.deployment === 'direct-payment') ?? [];
}

export function assertBudgetStep(state: JourneyState, step: JourneyStep<'budget'>): void {
  if (state.budget && !step.payload.revisionReasonGiven) {
    throw new StepRuleError('reason', 'a reason is required to revise a budget in year');
  }
  const indicativeTotalPence = state.indicativeBudget?.indicativeTotalPence ?? 0;
  // The budget funds the plan to be agreed when one is drafted beside the plan in force.
  const fundedPlan = step.payload.contributionInTotal ? (state.draftCarePlan ?? state.carePlan) : state.carePlan;
  assertBudgetRules(step.payload, {
    planCostPence: fundedPlan?.totalAnnualCostPence ?? 0,
    indicativeTotalPence,
    indicativeFundersPence: state.indicativeBudget?.fundersPence ?? indicativeTotalPence,
  });
}

export function assertDirectPaymentWithdrawal(state: JourneyState, step: JourneyStep<'direct-payment-withdrawal'>) {
  if (!activeDirectPayments(state).some((part) => part.partId === step.payload.partId)) {
    throw new StepRuleError('partId', 'is not a direct payment part of the current budget');
  }
}

export function issueIndicativeBudget(state: JourneyState, step: JourneyStep<'indicative-budget'>): JourneyState {
  const { statement } = step.payload;
  const version = (state.indicativeBudget?.version ?? 0) + 1;
  return {
    ...state,
    indicativeBudget: {
      version,
      needBand: statement.needBand,
      indicativeTotalPence: statement.indicativeTotalPence,
      ...(statement.fundersTotalPence !== undefined && { fundersPence: statement.fundersTotalPence }),
      issuedOn: step.effectiveDate,
    },
  };
}

/**
 * Sets the final budget (moving the journey to delivery) or revises it in year, keeping its statement
 * year; a budget revised while its plan is revised at review leaves the journey in planning.
 */
export function setBudget(state: JourneyState, step: JourneyStep<'budget'>): JourneyState {
  const { totalPence, byFunder, contributionPence, parts, approvedBy, statementCycle } = step.payload;
  const previous = state.budget;
  const budget: PersonalBudget = {
    version: (previous?.version ?? 0) + 1,
    startDate: previous?.startDate ?? step.effectiveDate,
    totalPence,
    byFunder,
    contributionPence,
    parts,
    approvedBy,
    statementCycle: previous?.statementCycle ?? statementCycle,
    nextStatementOn: previous?.nextStatementOn ?? firstStatementDate(step.effectiveDate, statementCycle),
    statementYearStart: previous?.statementYearStart ?? step.effectiveDate,
  };
  const stage = state.stage === 'planning' ? 'planning' : 'delivery';
  // A person who takes a budget after declining one gets the budget's statements from now on.
  return {
    ...state,
    stage,
    budget,
    budgetDeclined: false,
    ...(state.resourceStatements && { resourceStatements: null }),
  };
}

/**
 * A plan without a personal budget. With an ISR issued, the person still gets a statement of the
 * resources used each year, from the decision, by the site's cycle.
 */
export function declineBudget(state: JourneyState, step: JourneyStep<'budget-decline'>): JourneyState {
  const declined = { ...state, stage: 'delivery' as const, budgetDeclined: true };
  const { statementCycle } = step.payload;
  if (!statementCycle || !state.indicativeBudget) return declined;
  const nextStatementOn = firstStatementDate(step.effectiveDate, statementCycle);
  return {
    ...declined,
    resourceStatements: { statementCycle, nextStatementOn, statementYearStart: step.effectiveDate },
  };
}

/** Withdrawn consent stops the direct payment from the effective date; that part becomes notional. */
export function withdrawDirectPayment(
  state: JourneyState,
  step: JourneyStep<'direct-payment-withdrawal'>,
): JourneyState {
  const budget = state.budget as PersonalBudget;
  const parts = budget.parts.map((part) =>
    part.partId === step.payload.partId
      ? { ...part, deployment: 'notional' as const, withdrawnOn: step.effectiveDate }
      : part,
  );
  return { ...state, budget: { ...budget, version: budget.version + 1, parts } };
}

/** When the next annual statement falls due and where its year began: the budget's, or a decliner's. */
export function statementYear(state: JourneyState): { statementYearStart: string; nextStatementOn: string } | null {
  return state.budget ?? state.resourceStatements ?? null;
}

/** An annual statement was issued: the next statement year begins. */
export function completeStatementYear(state: JourneyState): JourneyState {
  const turned = <Year extends { statementYearStart: string; nextStatementOn: string }>(year: Year): Year => ({
    ...year,
    statementYearStart: year.nextStatementOn,
    nextStatementOn: addOneYear(year.nextStatementOn),
  });
  const next = { ...state, sequence: state.sequence + 1, statementRemindersRequested: [] };
  if (state.budget) return { ...next, budget: turned(state.budget) };
  return { ...next, resourceStatements: turned(state.resourceStatements as ResourceStatements) };
}
