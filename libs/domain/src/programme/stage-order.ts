import { JOURNEY_STAGES } from '../journey/stages';

const ORDER = new Map<string, number>(JOURNEY_STAGES.map((stage, index) => [stage, index]));

/**
 * Stages in pathway order: the domain's list first, then any stage found in the figures that the
 * list does not know yet (alphabetically), so a stage added later shows up without a change here.
 */
export function orderStages(stages: Iterable<string>): string[] {
  return [...new Set([...JOURNEY_STAGES, ...stages])].sort(
    (a, b) => (ORDER.get(a) ?? JOURNEY_STAGES.length) - (ORDER.get(b) ?? JOURNEY_STAGES.length) || a.localeCompare(b),
  );
}

/** Stages a person does not leave, so time spent in them is not a wait. */
export const FINAL_STAGES: readonly string[] = ['closed'];
