import { problems } from '../problem/problem.exception';

export interface Quarter {
  /** As asked for: `2026-Q3`. */
  name: string;
  /** The quarter's first and last days. */
  from: string;
  to: string;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;
const FIRST_YEAR = 2000;

/** Calendar quarters (Q1 January to March ... Q4 October to December); 400 naming `quarter` otherwise. */
export function parseQuarter(text: string, today: string): Quarter {
  const match = QUARTER.exec(text);
  const invalid = (reason: string) => problems.validation([{ field: 'quarter', reason }]);
  if (!match) throw invalid('must be a year and a calendar quarter, such as 2026-Q3');
  const [year, quarter] = [Number(match[1]), Number(match[2])];
  if (year < FIRST_YEAR) throw invalid(`must not be before ${FIRST_YEAR}`);
  const firstMonth = (quarter - 1) * 3;
  const from = new Date(Date.UTC(year, firstMonth, 1)).toISOString().slice(0, 10);
  const to = new Date(Date.UTC(year, firstMonth + 3, 0)).toISOString().slice(0, 10);
  if (from > today) throw invalid(`has not begun (today is ${today})`);
  return { name: text, from, to };
}
