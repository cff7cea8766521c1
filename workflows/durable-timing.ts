/**
 * What the journey and carer workflows share about time and their activities. Timers fire at
 * midnight UTC of a date, which falls within that Europe/London calendar date all year round.
 */
export const millisecondsUntil = (date: string) => Math.max(1, Date.parse(`${date}T00:00:00Z`) - Date.now());

/** The calendar date the timers count in. */
export const utcToday = () => new Date().toISOString().slice(0, 10);

/**
 * No attempt limit: an accepted step, a noticed transition or a requested reminder must reach the
 * record, however long PostgreSQL is away (the worker logs a failure from the 5th attempt on).
 */
export const RECORDING_ACTIVITY_OPTIONS = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
} as const;
