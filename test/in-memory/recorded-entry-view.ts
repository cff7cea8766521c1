import type { StepEntry } from '@ipc/persistence';

/** A stored step as the timeline repositories answer it, recorded at `recordedAt`. */
export const recordedEntryView = (entry: StepEntry, recordedAt: Date) => ({
  sequence: entry.sequence,
  step: entry.step,
  fromStage: entry.fromStage,
  toStage: entry.toStage,
  actor: entry.actor,
  effectiveDate: entry.effectiveOn,
  recordedAt,
  details: { ...entry.details },
});
