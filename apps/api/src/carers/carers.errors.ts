import { ILLEGAL_STEP_FAILURE, STEP_RULE_FAILURE } from '@ipc/workflows';
import { ApplicationFailure } from '@temporalio/common';
import {
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { type ProblemException, problems } from '../problem/problem.exception';

export const carerNotFound = () => problems.notFound('Carer');

/** Same problem type as the journey's, worded for a carer. */
export const illegalCarerStep = (step: string, stage: string, allowedSteps: string[]) =>
  problems.conflict(
    'illegal-step',
    'This step is not allowed at the current stage',
    `${step} is not allowed while the carer is ${stage}; allowed now: ${allowedSteps.join(', ') || 'none'}`,
    { stage, allowedSteps },
  );

export const carerRegistrationFailed = () =>
  problems.unavailable("The carer's workflow could not be started; nothing was recorded. Please retry.");

/**
 * Turns a refusal from the carer's workflow into the API's answer: 409 for a step the stage does
 * not allow, 400 for a rule the step's content breaks. Anything else is not a refusal (undefined).
 */
export function refusalFromCarer(error: unknown, step: string): ProblemException | undefined {
  if (!(error instanceof WorkflowUpdateFailedError) || !(error.cause instanceof ApplicationFailure)) return undefined;
  const [details] = (error.cause.details ?? []) as Record<string, unknown>[];
  if (error.cause.type === ILLEGAL_STEP_FAILURE) {
    return illegalCarerStep(step, String(details?.stage), (details?.allowedSteps as string[] | undefined) ?? []);
  }
  if (error.cause.type === STEP_RULE_FAILURE) {
    return problems.validation([{ field: String(details?.field), reason: String(details?.reason) }]);
  }
  return undefined;
}

export const isFinishedCarer = (error: unknown) => error instanceof WorkflowNotFoundError;

export const carerNotAnswering = (error: unknown) =>
  error instanceof WorkflowUpdateRPCTimeoutOrCancelledError
    ? problems.unavailable("The carer's workflow did not answer in time; retry with the same Idempotency-Key.")
    : undefined;
