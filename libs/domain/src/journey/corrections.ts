import { addDays, daysBetween } from '../review';
import type { JourneyState, LastStep } from './journey-state';
import type { JourneyStepName } from './stages';
import { CorrectionRefusedError, StepRuleError } from './step-errors';
import type { AnyJourneyStep, JourneyStep } from './steps';
import { refreshReviewDue } from './review-steps';

/** Corrections of what was recorded; they travel as steps but no stage lists them among its allowed steps. */
export const CORRECTION_STEPS = ['amendment', 'entered-in-error', 'reopen'] as const;
export type CorrectionStepName = (typeof CORRECTION_STEPS)[number];
export type CorrectionStep = Extract<AnyJourneyStep, { name: CorrectionStepName }>;

export const isCorrection = (step: AnyJourneyStep): step is CorrectionStep =>
  (CORRECTION_STEPS as readonly string[]).includes(step.name);

/** Steps that committed money, or a plan version others rely on: kept as they are, revised by a new step instead. */
const KEPT_STEPS: Partial<Record<string, string>> = {
  'indicative-budget': 'an Individual Statement of Resources was issued',
  budget: 'money was committed',
  'budget-decline': 'the budget decision was acted on',
  'direct-payment-withdrawal': 'money was committed',
  'annual-statement': 'a statement was issued',
  'care-plan': 'a plan version was recorded; revise the plan instead',
  'care-plan-agreement': 'the person agreed the plan; revise the plan instead',
  review: 'a review was held; record another review instead',
  referral: 'the referral opens the journey',
};

/** Why a step cannot be stepped back or have its date moved, or undefined when it can. */
export const whyKept = (step: string): string | undefined => KEPT_STEPS[step];

/** What a step leaves so a correction can step it back: the journey before it, one level deep. */
export const lastStepOf = (state: JourneyState, step: AnyJourneyStep, sequence: number): LastStep => ({
  sequence,
  step: step.name,
  before: { ...state, lastStep: null },
});

/** Checks a correction without changing anything: 409 (CorrectionRefusedError) or 400 (StepRuleError). */
export function assertCorrection(state: JourneyState, step: CorrectionStep): void {
  if (step.name === 'reopen') return assertReopen(state, step);
  if (state.stage === 'closed') {
    throw new CorrectionRefusedError(step.name, 'the journey is closed; reopen it first');
  }
  if (step.name === 'entered-in-error') return assertSteppedBack(state, step);
  assertAmendment(state, step);
}

function assertSteppedBack(state: JourneyState, step: JourneyStep<'entered-in-error'>): void {
  const last = state.lastStep;
  if (!last) throw new CorrectionRefusedError(step.name, 'there is no step to step back from');
  if (step.payload.sequence !== last.sequence) {
    throw new CorrectionRefusedError(
      step.name,
      `only the last step (${last.sequence}, ${last.step}) can be stepped back`,
    );
  }
  const kept = whyKept(last.step);
  if (kept) throw new CorrectionRefusedError(step.name, `a ${last.step} step cannot be entered in error: ${kept}`);
}

function assertAmendment(state: JourneyState, step: JourneyStep<'amendment'>): void {
  const { sequence, amendedDate, previousStepOn, nextStepOn } = step.payload;
  if (sequence < 1 || sequence > state.sequence) {
    throw new CorrectionRefusedError(step.name, `there is no step ${sequence} to amend`);
  }
  const kept = whyKept(step.payload.step);
  if (kept) throw new CorrectionRefusedError(step.name, `the date of a ${step.payload.step} step is kept: ${kept}`);
  const rule = (reason: string) => new StepRuleError('effectiveDate', reason);
  if (amendedDate > step.effectiveDate) throw rule('must not be in the future');
  if (amendedDate < state.referredOn) throw rule(`must not be before the referral date (${state.referredOn})`);
  if (amendedDate < previousStepOn) throw rule(`must not be before the previous step (${previousStepOn})`);
  if (nextStepOn && amendedDate > nextStepOn) throw rule(`must not be after the next step (${nextStepOn})`);
}

function assertReopen(state: JourneyState, step: JourneyStep<'reopen'>): void {
  if (state.stage !== 'closed' || !state.closure) {
    throw new CorrectionRefusedError(step.name, 'the journey is not closed');
  }
  if (!state.lastStep) throw new CorrectionRefusedError(step.name, 'the record does not say where it was closed from');
  const lastDay = addDays(state.closure.closedOn, step.payload.withinDays);
  if (step.effectiveDate > lastDay) {
    throw new CorrectionRefusedError(
      step.name,
      `a journey can be reopened within ${step.payload.withinDays} days of its closure (closed on ${state.closure.closedOn})`,
    );
  }
}

/**
 * Applies a checked correction. An amendment moves the dates the journey holds from the step
 * (the last step's date, the date the current stage began, activation, agreement, review dates);
 * stepping back and reopening return to the journey as it was before the last step (the stage it
 * was closed from), counted as a new step so the record's order holds.
 */
export function applyCorrection(state: JourneyState, step: CorrectionStep): JourneyState {
  const sequence = state.sequence + 1;
  if (step.name === 'amendment') return { ...amendDates(state, step), sequence };
  const before = state.lastStep?.before;
  if (!before) throw new CorrectionRefusedError(step.name, 'there is no step to step back from');
  const back = { ...before, sequence, lastStep: null, followUp: before.followUp ?? null };
  if (step.name === 'entered-in-error') return back;
  // Reopened today: the stage begins again and later steps are dated from here.
  return { ...back, closure: null, stageEnteredOn: step.effectiveDate, lastStepOn: step.effectiveDate };
}

function amendDates(state: JourneyState, step: JourneyStep<'amendment'>): JourneyState {
  const { originalDate, amendedDate, nextStepOn, entersCurrentStage } = step.payload;
  const moved = <D extends string | null>(date: D) => (date === originalDate ? amendedDate : date);
  let next: JourneyState = {
    ...state,
    lastStepOn: nextStepOn === null ? amendedDate : state.lastStepOn,
    stageEnteredOn: entersCurrentStage ? amendedDate : state.stageEnteredOn,
  };
  switch (step.payload.step as JourneyStepName) {
    case 'activation':
      if (next.activation)
        next = { ...next, activation: { ...next.activation, measuredOn: moved(next.activation.measuredOn) } };
      break;
    case 'review-request':
      next = { ...next, reviews: { ...next.reviews, requestedOn: moved(next.reviews.requestedOn) } };
      break;
    case 'guided-conversation':
    case 'follow-up':
      // The follow-up is counted from the conversation or follow-up that set it.
      if (next.followUp && nextStepOn === null) {
        next = {
          ...next,
          followUp: { ...next.followUp, dueOn: addDays(next.followUp.dueOn, daysBetween(originalDate, amendedDate)) },
        };
      }
      break;
    default:
      break;
  }
  return refreshReviewDue(next);
}
