import type { StepAmendment, StepTimelineView } from '@ipc/persistence';

/** Entries that correct others: shown in the timeline as they happened, never amended or stepped back themselves. */
export const CORRECTION_ENTRIES = ['amendment', 'entered-in-error', 'reopen'];

/** An amendment as the timeline shows it beside the entry it amends. */
export interface AmendmentView {
  field: StepAmendment['field'];
  original: unknown;
  amended: unknown;
  reason: string;
  amendedBy: string;
  amendedAt?: Date;
}

/** A timeline entry as it reads now: amended where it was (the original beside it), marked when entered in error. */
export interface AmendedEntry extends StepTimelineView {
  amended: boolean;
  /** What was recorded first, where an amendment changed it. */
  original: { effectiveDate: string; details: Record<string, unknown> } | null;
  amendments: AmendmentView[];
  enteredInError: { bySequence: number; reason: string | null; recordedAt: Date } | null;
}

const view = ({ field, original, amended, reason, amendedBy, amendedAt }: StepAmendment): AmendmentView => ({
  field,
  original,
  amended,
  reason,
  amendedBy,
  amendedAt,
});

/**
 * Applies each entry's amendments in the order they were made, keeping what was recorded first
 * beside it, and marks the entries a later entry stepped back as entered in error. Nothing is
 * removed: the correcting entries stay in the timeline too.
 */
export function amendedTimeline(entries: StepTimelineView[], amendments: StepAmendment[]): AmendedEntry[] {
  const markers = new Map(
    entries
      .filter((entry) => entry.step === 'entered-in-error')
      .map((entry) => [Number(entry.details.sequence), entry] as const),
  );
  return entries.map((entry) => {
    const own = amendments.filter((amendment) => amendment.sequence === entry.sequence);
    let { effectiveDate, details } = entry;
    for (const amendment of own) {
      if (amendment.field === 'effective-date') effectiveDate = String(amendment.amended);
      else details = { ...details, ...(amendment.amended as Record<string, unknown>) };
    }
    const marker = markers.get(entry.sequence);
    return {
      ...entry,
      effectiveDate,
      details,
      amended: own.length > 0,
      original: own.length ? { effectiveDate: entry.effectiveDate, details: entry.details } : null,
      amendments: own.map(view),
      enteredInError: marker
        ? {
            bySequence: marker.sequence,
            reason: typeof marker.details.reason === 'string' ? marker.details.reason : null,
            recordedAt: marker.recordedAt,
          }
        : null,
    };
  });
}

/** Entries whose dates order the journey: not corrections, not stepped back. */
export const datedEntries = (timeline: AmendedEntry[]) =>
  timeline.filter((entry) => !CORRECTION_ENTRIES.includes(entry.step) && !entry.enteredInError);
