/**
 * How a workflow refuses a step, shared by every workflow whose steps arrive as updates (journeys,
 * carers) and by the API, which maps each type to its answer. No imports: the API loads it without
 * workflow code.
 */

/** The step is not allowed in the current stage: the API answers 409 with the stage and allowed steps. */
export const ILLEGAL_STEP_FAILURE = 'IllegalStep';
export interface IllegalStepDetails {
  stage: string;
  allowedSteps: string[];
}

/** The step's content breaks a rule: the API answers 400 naming the field. */
export const STEP_RULE_FAILURE = 'StepRule';
export interface StepRuleDetails {
  field: string;
  reason: string;
}

/** A correction the case cannot take (a step that cannot be stepped back, a reopening too late): 409 with the reason. */
export const CORRECTION_REFUSED_FAILURE = 'CorrectionRefused';
export interface CorrectionRefusedDetails {
  correction: string;
  reason: string;
}
