/**
 * Calendar arithmetic for carers' transition points, on Europe/London calendar dates (YYYY-MM-DD):
 * ages and anniversaries; whole days on and between dates are the domain's (review/calendar-arithmetic).
 */
const pad = (value: number) => String(value).padStart(2, '0');

function parts(date: string): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number);
  return [year, month, day];
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The date a person born on `dateOfBirth` reaches `age`. Someone born on 29 February reaches an
 * age on 1 March in a common year (Family Law Reform Act 1969 s.9 as applied in England and Wales),
 * so a transition is never noticed before the person has in law reached the age.
 */
export function ageReachedOn(dateOfBirth: string, age: number): string {
  const [year, month, day] = parts(dateOfBirth);
  const target = year + age;
  if (month === 2 && day === 29 && !isLeapYear(target)) return `${target}-03-01`;
  return `${target}-${pad(month)}-${pad(day)}`;
}

/**
 * The `years`-th anniversary of a date, counted from the anchor each time (so 29 February comes
 * back in leap years); in a common year 29 February falls on 28 February, within the year.
 */
export function anniversaryOf(anchor: string, years: number): string {
  const [year, month, day] = parts(anchor);
  const target = year + years;
  if (month === 2 && day === 29 && !isLeapYear(target)) return `${target}-02-28`;
  return `${target}-${pad(month)}-${pad(day)}`;
}

export const yearOf = (date: string) => parts(date)[0];
