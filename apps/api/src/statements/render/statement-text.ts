import { formatBasisPoints, formatPence } from './money';
import type { StatementBudgetPart } from './statement-view';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2027-04-01` → `1 April 2027`; anything that is not a calendar date is shown as given. */
export function formatDate(date: string): string {
  const match = CALENDAR_DATE.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : date;
}

/** The calendar date before another (a period's end is exclusive; people read the last day in it). */
export function dayBefore(date: string): string {
  const match = CALENDAR_DATE.exec(date);
  if (!match) return date;
  const previous = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) - 1));
  return previous.toISOString().slice(0, 10);
}

const COHORT_NAMES: Record<string, string> = {
  'children-young-people-complex-needs': 'Children and young people with complex needs',
  'multiple-long-term-conditions': 'People with multiple long-term conditions',
  'learning-disability-autism': 'People with learning disabilities and autism',
  'significant-mental-health-needs': 'People with significant mental health needs',
};

const DEPLOYMENT_NAMES: Record<StatementBudgetPart['deployment'], string> = {
  'direct-payment': 'Direct payment',
  'third-party': 'Third-party budget',
  'individual-service-fund': 'Individual service fund',
  notional: 'Notional budget',
};

const WORDS: Record<string, string> = { nhs: 'NHS', socialCare: 'social care', education: 'education' };

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** `very-high` → `Very high`; `referenceSocialCare` → `Reference social care`. */
export function humanise(code: string): string {
  const words = code
    .split(/[.\-_\s]+|(?=[A-Z])/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
  return capitalise(words.join(' '));
}

export const cohortName = (cohort: string) => COHORT_NAMES[cohort] ?? humanise(cohort);
export const deploymentName = (deployment: string) =>
  DEPLOYMENT_NAMES[deployment as StatementBudgetPart['deployment']] ?? humanise(deployment);

export function holderText(part: StatementBudgetPart): string {
  if (part.holder) return `${part.holder.reference} (${humanise(part.holder.type).toLowerCase()})`;
  return part.deployment === 'notional' ? 'Arranged for you by the commissioner' : 'Not recorded';
}

/**
 * An explanation input as a label and a value: a key ending `Pence` is money and one ending
 * `BasisPoints` a share, both named without the unit (`nhs.referencePence` → `NHS reference`).
 */
export function explanationInput(key: string, value: string | number): { label: string; value: string } {
  const unit = /(pence|basisPoints)$/i.exec(key)?.[1].toLowerCase();
  const stem = unit ? key.slice(0, -unit.length) : key;
  const label = stem
    .split('.')
    .filter(Boolean)
    .map((part) => WORDS[part] ?? humanise(part).toLowerCase())
    .join(' ');
  return { label: capitalise(label), value: inputValue(key, unit, value) };
}

function inputValue(key: string, unit: string | undefined, value: string | number): string {
  if (typeof value === 'number' && Number.isSafeInteger(value)) {
    if (unit === 'pence') return formatPence(value);
    if (unit === 'basispoints') return formatBasisPoints(value);
  }
  if (key === 'cohort') return cohortName(String(value));
  if (key === 'needBand') return humanise(String(value));
  return String(value);
}
