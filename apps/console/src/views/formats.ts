/** An NHS number as people read it: 3-3-4 (943 476 5919). */
export function formatNhsNumber(value: unknown): string {
  const digits = String(value ?? '').replace(/\s/g, '');
  return /^\d{10}$/.test(digits)
    ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`
    : String(value ?? '');
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A calendar date (2026-03-14) or instant as "14 March 2026". */
export function formatDate(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  const date = new Date(String(value).length === 10 ? `${String(value)}T00:00:00Z` : String(value));
  return Number.isNaN(date.getTime()) ? String(value) : longDate.format(date);
}

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** Integer pence as pounds: 520000 → £5,200.00. */
export function formatPounds(pence: unknown): string {
  return typeof pence === 'number' ? pounds.format(pence / 100) : '';
}

const wholeNumber = new Intl.NumberFormat('en-GB');

/** A count with thousands separated: 250000 → 250,000. */
export function formatNumber(value: unknown): string {
  return typeof value === 'number' ? wholeNumber.format(value) : String(value ?? '');
}

/** A code as words in sentence case: `care-plan-agreement` → "Care plan agreement". */
export function humanise(code: unknown): string {
  const text = String(code ?? '').replace(/[-_]/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whole years from a date of birth to today (UK). */
export function ageInYears(dateOfBirth: unknown, today = new Date()): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(dateOfBirth ?? ''));
  if (!match) return '';
  const [year, month, day] = match.slice(1).map(Number);
  const birthdayPassed =
    today.getUTCMonth() + 1 > month || (today.getUTCMonth() + 1 === month && today.getUTCDate() >= day);
  return String(today.getUTCFullYear() - year - (birthdayPassed ? 0 : 1));
}
