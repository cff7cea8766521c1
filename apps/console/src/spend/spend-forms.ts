import type { ApiProblem } from '../api/api-error';
import type { FormErrors } from '../forms/form-errors';
import type { FormPage } from '../steps/form-page';
import { refusalErrors } from '../steps/form-submission';

/** One record of spend or service use against an item of the plan in force. */
export const SPEND_RECORD_FORM: FormPage = {
  title: 'Spend and service use',
  recorded: 'The spend is recorded',
  view: 'spend.njk',
  labels: {
    planItemId: 'Plan item',
    amountPence: 'Amount',
    spentOn: 'Date of the spend or service',
    source: 'Where the record comes from',
    kind: 'Spend or service use',
    description: 'Description',
  },
  anchors: { planItemId: '#', spentOn: '#-day', source: '#', kind: '#' },
  toRequest: (form) => ({
    planItemId: form.text('planItemId'),
    amountPence: form.pence('amount', 'amountPence'),
    spentOn: form.date('spentOn'),
    source: form.text('source'),
    kind: form.text('kind'),
    description: form.text('description'),
  }),
};

/** The id of the upload's file input: every bad row's line in the error summary links to it. */
export const UPLOAD_FIELD_ID = 'spendFile';

/** A bad row of an upload as the API lists it: the row a spreadsheet shows (1 is the header), the column, why. */
interface CsvRowProblem {
  row?: number;
  field: string;
  reason: string;
}

/** The console's own finding about an upload (no file chosen, a file too big), shown on the file input. */
export function uploadError(text: string): FormErrors {
  return { summary: [{ text, href: `#${UPLOAD_FIELD_ID}` }], fields: { file: { text } } };
}

/**
 * An upload the API refused: every bad row in the error summary (row, column, reason), each
 * linking to the file input, which says nothing was recorded. Other refusals as any form's.
 */
export function uploadRefusalErrors(problem: ApiProblem): FormErrors {
  const rows = (problem.errors ?? []) as CsvRowProblem[];
  if (problem.status !== 400 || rows.length === 0) return refusalErrors(SPEND_RECORD_FORM, problem);
  const summary = rows.map(({ row, field, reason }) => ({
    text: row === undefined ? `${field} ${reason}` : `Row ${row}, ${field}: ${reason}`,
    href: `#${UPLOAD_FIELD_ID}`,
  }));
  const count = rows.length === 1 ? 'a problem' : `${rows.length} problems`;
  return {
    summary,
    fields: {
      file: { text: `The file has ${count}, listed above, so nothing was recorded. Fix it and upload it again.` },
    },
  };
}
