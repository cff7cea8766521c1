import type { ApiFieldError } from '../api/api-error';

/** What the design system's error summary and inline error messages need. */
export interface FormErrors {
  summary: { text: string; href: string }[];
  /** Inline messages by field path (`supportItems[0].provider`), as the macros' `errorMessage`. */
  fields: Record<string, { text: string }>;
}

/** Labels by field path, `[]` standing for any index: `supportItems[].provider`. */
export type FieldLabels = Record<string, string>;

/** The element id a field's input has: `supportItems[0].provider` → `supportItems-0-provider`. */
export function fieldId(field: string): string {
  return field.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-');
}

function labelOf(field: string, labels: FieldLabels): string {
  if (labels[field]) return labels[field];
  const indexes = [...field.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]) + 1);
  const pattern = field.replace(/\[\d+\]/g, '[]');
  if (labels[pattern]) return labels[pattern].replace(/#/g, () => String(indexes.shift() ?? ''));
  return field;
}

/** The API words a reason after the property (`score must not be greater than 100`): keep the rest. */
function reasonText(field: string, reason: string): string {
  const property = field.split(/[.[]/).pop()?.replace(']', '') ?? field;
  return reason.startsWith(`${property} `) ? reason.slice(property.length + 1) : reason;
}

/**
 * Maps the API's field errors (or the console's own, in the same shape) onto the form: each with
 * the field's label, linking to its input; `anchors` names a field whose first input is not its id
 * (a date input's day box).
 */
export function formErrors(
  errors: ApiFieldError[],
  labels: FieldLabels,
  anchors: Record<string, string> = {},
): FormErrors {
  const result: FormErrors = { summary: [], fields: {} };
  for (const { field, reason } of errors) {
    if (result.fields[field]) continue;
    const text = `${labelOf(field, labels)} ${reasonText(field, reason)}`;
    const anchor = anchors[field.replace(/\[\d+\]/g, '[]')];
    const id = anchor ? anchor.replace('#', fieldId(field)) : fieldId(field);
    result.fields[field] = { text };
    result.summary.push({ text, href: `#${id}` });
  }
  return result;
}

/** A refusal that is about the request as a whole (a step the stage does not allow). */
export function pageError(text: string): FormErrors {
  return { summary: [{ text, href: '#main-form' }], fields: {} };
}
