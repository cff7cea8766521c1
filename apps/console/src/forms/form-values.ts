import type { ApiFieldError } from '../api/api-error';

/** A posted form as Express parses it (`extended` URL encoding: `items[0][provider]` nests). */
export type FormBody = Record<string, unknown>;

/** The fields a form posts besides its own: the CSRF token, the idempotency key, the button pressed. */
export const IDEMPOTENCY_FIELD = 'idempotencyKey';

/** Collects the console's own findings while a form is turned into the API's request. */
export class FormReader {
  readonly errors: ApiFieldError[] = [];

  constructor(private readonly body: FormBody) {}

  value(path: string): unknown {
    return path
      .split('.')
      .reduce<unknown>(
        (node, key) => (node && typeof node === 'object' ? (node as FormBody)[key] : undefined),
        this.body,
      );
  }

  /** Trimmed text, or undefined when left empty (so the API reports a required field as such). */
  text(path: string): string | undefined {
    const value = this.value(path);
    const text = typeof value === 'string' ? value.trim() : undefined;
    return text ? text : undefined;
  }

  /** A radio answered yes or no. */
  yesNo(path: string): boolean | undefined {
    const value = this.text(path);
    return value === 'yes' ? true : value === 'no' ? false : undefined;
  }

  /** Checkboxes: every ticked value. */
  list(path: string): string[] {
    const value = this.value(path);
    if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
    return typeof value === 'string' ? [value] : [];
  }

  /** A date input's day, month and year as an ISO date; a partly filled or impossible one is an error. */
  date(path: string, field = path): string | undefined {
    const parts = (this.value(path) ?? {}) as Record<string, unknown>;
    const [day, month, year] = ['day', 'month', 'year'].map((part) => String(parts[part] ?? '').trim());
    if (!day && !month && !year) return undefined;
    const iso = `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    const parsed = new Date(`${iso}T00:00:00Z`);
    if (!/^\d{4}$/.test(year) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso) {
      this.errors.push({ field, reason: 'must be a real date, for example 27 3 2007' });
      return undefined;
    }
    return iso;
  }

  /** Pounds and pence as typed (`5,200.50`, `£30`) to integer pence. */
  pence(path: string, field = path): number | undefined {
    const text = this.text(path)?.replace(/[£,\s]/g, '');
    if (text === undefined) return undefined;
    if (!/^\d+(\.\d{1,2})?$/.test(text)) {
      this.errors.push({ field, reason: 'must be an amount in pounds, like 5200 or 5200.50' });
      return undefined;
    }
    return Math.round(Number(text) * 100);
  }

  /** A number as typed; words are an error rather than NaN. */
  number(path: string, field = path): number | undefined {
    const text = this.text(path);
    if (text === undefined) return undefined;
    if (!/^-?\d+(\.\d+)?$/.test(text)) {
      this.errors.push({ field, reason: 'must be a number' });
      return undefined;
    }
    return Number(text);
  }

  /** Rows of a repeated fieldset (`items[0][provider]`), in order, as posted. */
  rows(path: string): FormBody[] {
    const value = this.value(path);
    const rows = Array.isArray(value) ? value : value && typeof value === 'object' ? Object.values(value) : [];
    return rows.filter((row): row is FormBody => Boolean(row) && typeof row === 'object');
  }
}

/** The date input's day/month/year values back from an ISO date (to prefill a form). */
export function dateParts(iso: string | undefined): { day: string; month: string; year: string } | undefined {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return match ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] } : undefined;
}
