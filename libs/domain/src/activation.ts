/** Patient Activation Measure: the engine records a score taken elsewhere and derives its level. */
export type ActivationLevel = 1 | 2 | 3 | 4;
export const PLANNING_SUPPORT = ['intensive-one-to-one', 'supported-planning', 'self-planning'] as const;
export type PlanningSupport = (typeof PLANNING_SUPPORT)[number];

/**
 * Why a person goes to planning without a PAM score: it is not validated for them (a child, for
 * instance), they declined it, or the site holds no licence for it (or does not use it for their cohort).
 */
export const ACTIVATION_NOT_MEASURED_REASONS = ['not-validated', 'declined', 'no-licence'] as const;
export type ActivationNotMeasuredReason = (typeof ACTIVATION_NOT_MEASURED_REASONS)[number];

export interface MeasuredActivation {
  score: number;
  level: ActivationLevel;
  planningSupport: PlanningSupport;
}

/** No score: the reason is recorded and the coordinator chose the planning support. */
export interface UnmeasuredActivation {
  score: null;
  level: null;
  planningSupport: PlanningSupport;
  notMeasuredReason: ActivationNotMeasuredReason;
}

export type Activation = MeasuredActivation | UnmeasuredActivation;

/** Level boundaries: 1 up to 47.0, 2 to 55.1, 3 to 67.0, 4 from 67.1 (scores carry one decimal). */
export function activationLevel(score: number): ActivationLevel {
  if (score <= 47.0) return 1;
  if (score <= 55.1) return 2;
  if (score <= 67.0) return 3;
  return 4;
}

export function planningSupportFor(level: ActivationLevel): PlanningSupport {
  if (level <= 2) return 'intensive-one-to-one';
  return level === 3 ? 'supported-planning' : 'self-planning';
}

export function measureActivation(score: number): MeasuredActivation {
  const level = activationLevel(score);
  return { score, level, planningSupport: planningSupportFor(level) };
}

export function isValidPamScore(score: number): boolean {
  return Number.isFinite(score) && score >= 0 && score <= 100 && Math.round(score * 10) === score * 10;
}
