/** A step as an in-memory store holds it: what the timeline repositories read back. */
interface StoredStep {
  sequence: number;
  step: string;
  fromStage: string | null;
  toStage: string;
  actor: { staffId: string; teamId: string };
  effectiveOn: string;
  details: object;
}

/** A stored step as the timeline repositories answer it, recorded at `recordedAt`. */
export const recordedEntryView = <Entry extends StoredStep>(entry: Entry, recordedAt: Date) => ({
  sequence: entry.sequence,
  step: entry.step,
  fromStage: entry.fromStage,
  toStage: entry.toStage,
  actor: entry.actor,
  effectiveDate: entry.effectiveOn,
  recordedAt,
  details: { ...entry.details },
});
