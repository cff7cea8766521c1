import type { FieldLabels, FormErrors } from '../forms/form-errors';
import { fieldId } from '../forms/form-errors';
import type { FormBody, FormReader } from '../forms/form-values';

/**
 * A site setting's form described once, field by field in the API's own shape: the description
 * gives the form's inputs, its labels for error messages, the values to show from what the API
 * holds, and the request back, so each setting page is a description rather than a template.
 */
export type SettingField =
  | { kind: 'integer' | 'number' | 'text' | 'pence'; label: string; hint?: string }
  | { kind: 'choice' | 'choices'; label: string; options: readonly string[]; hint?: string }
  /** A list of words or names, one a line. */
  | { kind: 'lines'; label: string; hint?: string }
  | { kind: 'group'; label: string; fields: SettingFields }
  /** Repeated fieldsets: `itemLabel` names each (`Rule 2`), with add and remove buttons. */
  | { kind: 'rows'; label: string; itemLabel: string; fields: SettingFields };
export type SettingFields = Record<string, SettingField>;

/** Where a field is: its form path (`rules.0.id`, as the reader walks it) and the API's (`rules[0].id`). */
interface Place {
  form: string;
  api: string;
  name: string;
}

const ROOT: Place = { form: '', api: '', name: '' };

function child(place: Place, key: string | number): Place {
  const isIndex = typeof key === 'number';
  return {
    form: place.form ? `${place.form}.${key}` : String(key),
    api: isIndex ? `${place.api}[${key}]` : place.api ? `${place.api}.${key}` : key,
    name: place.name ? `${place.name}[${key}]` : String(key),
  };
}

/** A label inside a sentence: "Then every" → "then every", an abbreviation ("NHS") as it is. */
const inSentence = (label: string) => (/^[A-Z](?![A-Z])/.test(label) ? label[0].toLowerCase() + label.slice(1) : label);

/** Labels by the API's field path, `[]` for a row's index: `rules[].thenEveryMonths` → "Rule # …". */
export function settingLabels(fields: SettingFields, prefix = '', itemLabel = ''): FieldLabels {
  const labels: FieldLabels = {};
  for (const [key, field] of Object.entries(fields)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const label = itemLabel ? `${itemLabel}: ${inSentence(field.label)}` : field.label;
    labels[path] = label;
    if (field.kind === 'group') Object.assign(labels, settingLabels(field.fields, path, label));
    if (field.kind === 'rows') Object.assign(labels, settingLabels(field.fields, `${path}[]`, `${field.itemLabel} #`));
  }
  return labels;
}

/** The API's stored setting as the form's values (text as typed: pounds for pence, a line a name). */
export function settingValues(fields: SettingFields, stored: unknown): FormBody {
  const source = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const values: FormBody = {};
  for (const [key, field] of Object.entries(fields)) {
    const value = source[key];
    if (field.kind === 'group') values[key] = settingValues(field.fields, value);
    else if (field.kind === 'rows')
      values[key] = (Array.isArray(value) ? value : []).map((row) => settingValues(field.fields, row));
    else if (field.kind === 'choices') values[key] = Array.isArray(value) ? value.map(String) : [];
    else if (field.kind === 'lines') values[key] = Array.isArray(value) ? value.join('\n') : '';
    else if (field.kind === 'pence') values[key] = typeof value === 'number' ? (value / 100).toFixed(2) : '';
    else values[key] = value === null || value === undefined ? '' : String(value);
  }
  return values;
}

/** The request the form makes; a field left empty is left out, so the API says whether it is needed. */
export function settingRequest(fields: SettingFields, form: FormReader, place: Place = ROOT): Record<string, unknown> {
  const request: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(fields)) {
    const at = child(place, key);
    if (field.kind === 'group') request[key] = settingRequest(field.fields, form, at);
    else if (field.kind === 'rows')
      request[key] = form.rows(at.form).map((_row, index) => settingRequest(field.fields, form, child(at, index)));
    else if (field.kind === 'integer' || field.kind === 'number') request[key] = form.number(at.form, at.api);
    else if (field.kind === 'pence') request[key] = form.pence(at.form, at.api);
    else if (field.kind === 'choices') request[key] = form.list(at.form);
    else if (field.kind === 'lines')
      request[key] = (form.text(at.form) ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    else request[key] = form.text(at.form);
  }
  return request;
}

/** One thing the template draws, in order: an input of a kind, or a fieldset opening or closing. */
export type SettingItem =
  | { kind: 'open'; id: string; legend: string; heading: boolean; error?: { text: string } }
  | { kind: 'close' }
  | { kind: 'add'; rows: string; text: string }
  | { kind: 'remove'; action: string; text: string }
  | {
      kind: 'input' | 'textarea' | 'select' | 'checkboxes';
      id: string;
      name: string;
      label: string;
      hint?: string;
      value: unknown;
      /** An input's type of value: numbers get a numeric keyboard and a narrower box. */
      numeric?: boolean;
      prefix?: string;
      options?: { value: string; text: string }[];
      error?: { text: string };
    };

const valueAt = (values: FormBody, key: string): unknown =>
  values && typeof values === 'object' ? values[key] : undefined;

/** The form's inputs in order, with their values and any errors, for the template to draw. */
export function settingItems(
  fields: SettingFields,
  values: FormBody,
  errors: FormErrors | undefined,
  humanise: (code: string) => string,
  place: Place = ROOT,
): SettingItem[] {
  const errorOf = (at: Place) => errors?.fields[at.api];
  return Object.entries(fields).flatMap(([key, field]): SettingItem[] => {
    const at = child(place, key);
    const value = valueAt(values, key);
    const id = fieldId(at.api);
    if (field.kind === 'group')
      return [
        { kind: 'open', id, legend: field.label, heading: false, error: errorOf(at) },
        ...settingItems(field.fields, (value ?? {}) as FormBody, errors, humanise, at),
        { kind: 'close' },
      ];
    if (field.kind === 'rows') {
      // None yet: one empty row to start from (sent, it is dropped as blank).
      const rows = Array.isArray(value) && value.length ? (value as FormBody[]) : [{}];
      return [
        { kind: 'open', id, legend: field.label, heading: true, error: errorOf(at) },
        ...rows.flatMap((row, index): SettingItem[] => {
          const rowPlace = child(at, index);
          return [
            { kind: 'open', id: fieldId(rowPlace.api), legend: `${field.itemLabel} ${index + 1}`, heading: false },
            ...settingItems(field.fields, row, errors, humanise, rowPlace),
            {
              kind: 'remove',
              action: `remove:${key}:${index}`,
              text: `Remove ${inSentence(field.itemLabel)} ${index + 1}`,
            },
            { kind: 'close' },
          ];
        }),
        { kind: 'add', rows: key, text: `Add another ${inSentence(field.itemLabel)}` },
        { kind: 'close' },
      ];
    }
    const common = { id, name: at.name, label: field.label, hint: field.hint, value, error: errorOf(at) };
    if (field.kind === 'choice' || field.kind === 'choices')
      return [
        {
          ...common,
          kind: field.kind === 'choice' ? 'select' : 'checkboxes',
          name: field.kind === 'choices' ? `${at.name}[]` : at.name,
          options: field.options.map((option) => ({ value: option, text: humanise(option) })),
        },
      ];
    if (field.kind === 'lines') return [{ ...common, kind: 'textarea' }];
    return [
      {
        ...common,
        kind: 'input',
        numeric: field.kind !== 'text',
        prefix: field.kind === 'pence' ? '£' : undefined,
      },
    ];
  });
}
