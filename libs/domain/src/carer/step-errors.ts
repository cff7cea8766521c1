import type { CarerStage, CarerStepName } from './stages';

/**
 * A carer step that the carer's current stage does not allow (HTTP 409). A step whose content
 * breaks a rule is the journey's StepRuleError (HTTP 400 naming the field), shared by both.
 */
export class IllegalCarerStepError extends Error {
  constructor(
    readonly step: CarerStepName,
    readonly stage: CarerStage,
    readonly allowedSteps: CarerStepName[],
  ) {
    super(`${step} is not allowed while the carer is ${stage}; allowed now: ${allowedSteps.join(', ') || 'none'}`);
  }
}
