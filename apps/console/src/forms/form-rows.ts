import type { FormBody } from './form-values';

/** The submit button's value that changes rows instead of sending: `add:supportItems`, `remove:supportItems:2`. */
export const ROW_ACTION_FIELD = 'rowAction';

function isBlank(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() === '';
  if (value && typeof value === 'object') return Object.values(value).every(isBlank);
  return value === undefined || value === null;
}

function rowsOf(value: unknown): FormBody[] {
  const rows = Array.isArray(value) ? value : value && typeof value === 'object' ? Object.values(value) : [];
  return rows.filter((row): row is FormBody => Boolean(row) && typeof row === 'object');
}

/** The body with each repeated fieldset's blank rows dropped, so what is sent is what is shown again. */
export function compactRows(body: FormBody, rowFields: readonly string[]): FormBody {
  const compacted: FormBody = { ...body };
  for (const field of rowFields) compacted[field] = rowsOf(body[field]).filter((row) => !isBlank(row));
  return compacted;
}

/** Applies an add or remove button to the rows; undefined when the button was the form's submit. */
export function applyRowAction(body: FormBody, rowFields: readonly string[]): FormBody | undefined {
  const action = typeof body[ROW_ACTION_FIELD] === 'string' ? (body[ROW_ACTION_FIELD] as string) : '';
  const [verb, field, index] = action.split(':');
  if (!rowFields.includes(field)) return undefined;
  const rows = rowsOf(body[field]);
  if (verb === 'add') return { ...body, [field]: [...rows, {}] };
  if (verb === 'remove') return { ...body, [field]: rows.filter((_row, position) => position !== Number(index)) };
  return undefined;
}
