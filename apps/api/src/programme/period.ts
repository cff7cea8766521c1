import { problems } from '../problem/problem.exception';

export interface Period {
  from: string;
  to: string;
  /** The period's end, or today if it ends later: stays still going are measured to this date. */
  asOf: string;
}

/** The day a year before `date` plus one, so a default period is the 12 months up to `date`. */
function yearBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCFullYear(day.getUTCFullYear() - 1);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** The period asked for: `to` defaults to today, `from` to a year before `to`; 400 if from is after to. */
export function resolvePeriod(query: { from?: string; to?: string }, today: string): Period {
  const to = query.to ?? today;
  const from = query.from ?? yearBefore(to);
  if (from > to) throw problems.validation([{ field: 'from', reason: `must not be after to (${to})` }]);
  return { from, to, asOf: to < today ? to : today };
}

export interface MonthSplit {
  /** First days of the first and last whole calendar months inside the period, if there are any. */
  wholeMonths: { first: string; last: string } | null;
  /** The days outside whole months, at the start and the end of the period. */
  edges: { from: string; to: string }[];
}

const addDays = (date: string, days: number) => {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
};
const monthStart = (date: string) => `${date.slice(0, 8)}01`;
const nextMonthStart = (date: string) => addDays(`${date.slice(0, 8)}28`, 4).slice(0, 8) + '01';

/**
 * Splits a period into whole calendar months (read from monthly roll-ups) and the days either side
 * (read from the stays themselves), so a figure over any period is exact.
 */
export function splitIntoMonths(from: string, to: string): MonthSplit {
  const first = from === monthStart(from) ? from : nextMonthStart(from);
  const afterLast = monthStart(addDays(to, 1));
  if (first >= afterLast) return { wholeMonths: null, edges: [{ from, to }] };
  const last = monthStart(addDays(afterLast, -1));
  const edges = [
    ...(from < first ? [{ from, to: addDays(first, -1) }] : []),
    ...(afterLast <= to ? [{ from: afterLast, to }] : []),
  ];
  return { wholeMonths: { first, last }, edges };
}
