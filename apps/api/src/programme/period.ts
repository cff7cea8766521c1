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
