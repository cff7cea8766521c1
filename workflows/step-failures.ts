import { CorrectionRefusedError, StepRuleError } from '@ipc/domain';
import { ApplicationFailure } from '@temporalio/workflow';
import {
  CORRECTION_REFUSED_FAILURE,
  type CorrectionRefusedDetails,
  ILLEGAL_STEP_FAILURE,
  type IllegalStepDetails,
  STEP_RULE_FAILURE,
  type StepRuleDetails,
} from './step-failure-types';

interface IllegalStep extends IllegalStepDetails {
  message: string;
}

/**
 * Turns a domain refusal into the failure an update validator throws: illegal for the stage (the API
 * answers 409 with the stage and allowed steps) or a broken rule (400 naming the field). Shared by
 * every workflow whose steps arrive as updates.
 */
function refuseStep(error: unknown, isIllegalStep: (error: unknown) => error is IllegalStep): never {
  if (isIllegalStep(error)) {
    const details: IllegalStepDetails = { stage: error.stage, allowedSteps: error.allowedSteps };
    throw ApplicationFailure.nonRetryable(error.message, ILLEGAL_STEP_FAILURE, details);
  }
  if (error instanceof StepRuleError) {
    const details: StepRuleDetails = { field: error.field, reason: error.reason };
    throw ApplicationFailure.nonRetryable(error.message, STEP_RULE_FAILURE, details);
  }
  if (error instanceof CorrectionRefusedError) {
    const details: CorrectionRefusedDetails = { correction: error.correction, reason: error.reason };
    throw ApplicationFailure.nonRetryable(error.message, CORRECTION_REFUSED_FAILURE, details);
  }
  throw error;
}

/** An update validator: the domain's check of a step, its refusal turned into the failure the API maps. */
export function stepValidator<Step>(
  assertAllowed: (step: Step) => void,
  isIllegalStep: (error: unknown) => error is IllegalStep,
): (step: Step) => void {
  return (step) => {
    try {
      assertAllowed(step);
    } catch (error) {
      refuseStep(error, isIllegalStep);
    }
  };
}
