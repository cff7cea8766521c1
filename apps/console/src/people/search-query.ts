import type { FormBody } from '../forms/form-values';

export const SEARCH_LABELS = { q: 'NHS number or name', dateOfBirth: 'Date of birth', postcode: 'Postcode' };
export const SEARCH_ANCHORS = { dateOfBirth: '#-day' };

const DATE_PARTS = ['day', 'month', 'year'] as const;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * A search form's values from its query string: Express reads `dateOfBirth[day]` as a name of its
 * own (the simple query parser), so the date input's parts are put back together here.
 */
export function searchValues(query: Record<string, unknown>): FormBody {
  return {
    q: text(query.q),
    postcode: text(query.postcode),
    dateOfBirth: Object.fromEntries(DATE_PARTS.map((part) => [part, text(query[`dateOfBirth[${part}]`])])),
  };
}

/** The search's own query, for the links to other pages of its results. */
export function pageBase(values: FormBody): string {
  const dateOfBirth = values.dateOfBirth as Record<string, string>;
  const query = new URLSearchParams({ q: text(values.q), postcode: text(values.postcode) });
  for (const part of DATE_PARTS) query.set(`dateOfBirth[${part}]`, dateOfBirth[part] ?? '');
  return `/search?${query.toString()}&`;
}
