import { condition, patched } from '@temporalio/workflow';

/**
 * What the journey and carer workflows share about time and their activities. Timers fire at
 * midnight UTC of a date, which falls within that Europe/London calendar date all year round.
 */
export const millisecondsUntil = (date: string) => Math.max(1, Date.parse(`${date}T00:00:00Z`) - Date.now());

/** The calendar date the timers count in. */
export const utcToday = () => new Date().toISOString().slice(0, 10);

/** Something a workflow's timer waits for, on a calendar date. */
export interface DatedEvent {
  on: string;
}

/** The earliest event; of events on one date, the first listed. */
function earliest<Event extends DatedEvent>(events: Event[]): Event | undefined {
  return events.reduce<Event | undefined>((first, event) => (!first || event.on < first.on ? event : first), undefined);
}

/**
 * The one way a workflow waits for "what it planned changed, or its next date came". It plans
 * from `timetable()` (the dated events still to come, read from its state) and sleeps until the
 * earliest is due, waking early to plan again when the timetable changes (a step moved, added or
 * removed a date) or `replanWhen()` holds. A step that leaves the timetable as it was leaves the
 * timer running. Returns the event that came due, or undefined to plan again.
 */
export async function untilNextEvent<Event extends DatedEvent>(
  timetable: () => Event[],
  replanWhen: () => boolean,
): Promise<Event | undefined> {
  const planned = JSON.stringify(timetable());
  const next = earliest(timetable());
  const replan = () => JSON.stringify(timetable()) !== planned || replanWhen();
  const interrupted = next ? await condition(replan, millisecondsUntil(next.on)) : await condition(replan);
  return interrupted ? undefined : next;
}

/**
 * No attempt limit: an accepted step, a noticed transition or a requested reminder must reach the
 * record, however long PostgreSQL is away (the worker logs a failure from the 5th attempt on).
 */
export const RECORDING_ACTIVITY_OPTIONS = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
} as const;

/**
 * An activity a step's update handler awaits: once `patchId` is in the history, a local activity,
 * run by the worker that took the update within the same workflow task (no round trip through the
 * task queue); before, the regular activity, so runs recorded before replay as they ran. A local
 * activity runs again if its worker dies before the task completes, so it must write nothing twice
 * (the recordings are keyed by the step's request id).
 */
export function runLocallyFrom<Input, Output>(
  patchId: string,
  regular: (input: Input) => Promise<Output>,
  local: (input: Input) => Promise<Output>,
): (input: Input) => Promise<Output> {
  return (input) => (patched(patchId) ? local(input) : regular(input));
}
