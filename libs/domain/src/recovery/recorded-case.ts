import type { StepActor } from '../journey/steps';

/** One accepted step of a case's timeline as PostgreSQL keeps it (the request's decision, not its free text). */
export interface RecordedStep {
  sequence: number;
  /** The step's name, or what the case did by itself (`annual-statement`). */
  step: string;
  requestId: string;
  actor: StepActor;
  effectiveDate: string;
  /** The decision the workflow received: ids, codes, dates and amounts. */
  payload: unknown;
  /** The stage the case was in after it, as recorded then. */
  toStage: string;
}

/** A reminder the record holds, as the timers asked for it. */
export interface RecordedReminder {
  purpose: string;
  dueDate: string;
  leadDays: number;
  topic?: string | null;
}

export const recordedReminderKey = ({ purpose, dueDate, leadDays, topic }: RecordedReminder) =>
  [purpose, dueDate, leadDays, topic ?? ''].join('|');

/** The record cannot be replayed into the state it says it reached (a step refused, another stage). */
export class RecordDisagreesError extends Error {
  constructor(
    readonly sequence: number,
    reason: string,
  ) {
    super(`the record disagrees with itself at step ${sequence}: ${reason}`);
  }
}

/** Replays one recorded step; a refusal or another stage than the one recorded means the record is not usable. */
export function replayRecorded<State extends { stage: string; sequence: number }>(
  state: State,
  entry: RecordedStep,
  apply: (state: State) => State,
): State {
  let next: State;
  try {
    next = apply(state);
  } catch (error) {
    throw new RecordDisagreesError(entry.sequence, error instanceof Error ? error.message : String(error));
  }
  if (next.stage !== entry.toStage || next.sequence !== entry.sequence) {
    throw new RecordDisagreesError(
      entry.sequence,
      `${entry.step} gives ${next.stage} at step ${next.sequence}, the record says ${entry.toStage}`,
    );
  }
  return next;
}
