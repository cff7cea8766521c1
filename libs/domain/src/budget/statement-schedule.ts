import type { StatementCycle } from './funding';

function parts(date: string): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number);
  return [year, month, day];
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The same calendar date a year on; 29 February becomes 28 February. */
export function addOneYear(date: string): string {
  const [year, month, day] = parts(date);
  const leapDayMissing = month === 2 && day === 29;
  return `${year + 1}-${pad(month)}-${pad(leapDayMissing ? 28 : day)}`;
}

/** Financial years run 1 April to 31 March: the first 1 April strictly after the date. */
export function nextFinancialYearStart(date: string): string {
  const [year, month] = parts(date);
  return `${month >= 4 ? year + 1 : year}-04-01`;
}

/** When the first annual statement falls due after a budget starts, by the site's cycle. */
export function firstStatementDate(budgetStart: string, cycle: StatementCycle): string {
  return cycle === 'financial-year' ? nextFinancialYearStart(budgetStart) : addOneYear(budgetStart);
}
