import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import type { ApiProblem } from '../api/api-error';
import { type FormErrors, formErrors, pageError } from '../forms/form-errors';
import { applyRowAction, compactRows } from '../forms/form-rows';
import { type FormBody, FormReader, IDEMPOTENCY_FIELD } from '../forms/form-values';
import type { CaseRecord, FormPage } from './form-page';

/** Made when the form is rendered, sent back as a hidden field, used as the Idempotency-Key. */
export function newIdempotencyKey(): string {
  return randomUUID();
}

/** The key the form was rendered with; a form without one gets a new key (and is recorded once from then). */
export function idempotencyKeyOf(body: FormBody): string {
  const key = body[IDEMPOTENCY_FIELD];
  return typeof key === 'string' && /^[\x21-\x7e]{1,200}$/.test(key) ? key : newIdempotencyKey();
}

/** What a posted form turns into: rows to show again, the console's own findings, or a request to send. */
export type PreparedForm =
  | { kind: 'rows-changed'; values: FormBody }
  | { kind: 'invalid'; values: FormBody; errors: FormErrors }
  | { kind: 'ready'; values: FormBody; request: Record<string, unknown>; idempotencyKey: string };

export function prepareForm<Case extends CaseRecord>(
  page: FormPage<Case>,
  body: FormBody,
  record?: Case,
): PreparedForm {
  const rows = page.rows ?? [];
  const changed = applyRowAction(body, rows);
  if (changed) return { kind: 'rows-changed', values: changed };
  const values = compactRows(body, rows);
  const reader = new FormReader(values);
  const request = page.toRequest(reader, record);
  if (reader.errors.length)
    return { kind: 'invalid', values, errors: formErrors(reader.errors, page.labels, page.anchors) };
  return { kind: 'ready', values, request, idempotencyKey: idempotencyKeyOf(body) };
}

/** The API's refusal of a form as the page shows it: field errors, or one line for the whole request. */
export function refusalErrors<Case extends CaseRecord>(page: FormPage<Case>, problem: ApiProblem): FormErrors {
  if (problem.status === 400 && problem.errors?.length) return formErrors(problem.errors, page.labels, page.anchors);
  if (problem.status === 409) {
    return pageError(
      `This cannot be recorded now: ${problem.detail ?? problem.title ?? 'the journey has moved on'}. Check the person's page for what can be done next.`,
    );
  }
  if (problem.status === 422)
    return pageError('This form was already sent with different answers. Open the form again to start afresh.');
  return pageError(problem.detail ?? problem.title ?? 'The request was refused');
}

/** Renders a form page, with its values and errors, and the key it will be sent with. */
export function renderForm<Case extends CaseRecord>(
  response: Response,
  page: FormPage<Case>,
  context: { values: FormBody; errors?: FormErrors; status?: number; [name: string]: unknown },
): void {
  const idempotencyKey =
    typeof context.values[IDEMPOTENCY_FIELD] === 'string' ? context.values[IDEMPOTENCY_FIELD] : newIdempotencyKey();
  response.status(context.status ?? (context.errors ? 400 : 200)).render(`forms/${page.view}`, {
    title: page.title,
    // A form that adds and removes rows saves, rather than changes a row, when Enter is pressed.
    withRows: Boolean(page.rows?.length),
    ...context,
    idempotencyKey,
  });
}
