import type { JourneyStage, JourneyStepName } from './stages';

/** A step that the current stage does not allow (HTTP 409). */
export class IllegalStepError extends Error {
  constructor(
    readonly step: JourneyStepName,
    readonly stage: JourneyStage,
    readonly allowedSteps: JourneyStepName[],
  ) {
    super(`${step} is not allowed while the journey is ${stage}; allowed now: ${allowedSteps.join(', ') || 'none'}`);
  }
}

/** A step allowed in this stage whose content breaks a rule (HTTP 400 naming the field). */
export class StepRuleError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

/** A correction the journey cannot take (a step that cannot be stepped back, a reopening too late): HTTP 409. */
export class CorrectionRefusedError extends Error {
  constructor(
    readonly correction: 'amendment' | 'entered-in-error' | 'reopen',
    readonly reason: string,
  ) {
    super(`${correction} refused: ${reason}`);
  }
}
