import { Inject, Injectable } from '@nestjs/common';
import type { ConsoleConfig } from '@ipc/config';
import type { ConsoleUser } from '../auth/console-user';
import { CONSOLE_CONFIG } from '../console-config.provider';
import { ApiError, type ApiProblem } from './api-error';

/** The answer to a write: the body when it was recorded, the problem when it was refused. */
export type ApiWriteResult<T> = { ok: true; status: number; body: T } | { ok: false; problem: ApiProblem };

type Query = Record<string, string | number | undefined>;

/** Whoever the call is made for: the signed-in user, or the tokens of a sign-in being completed. */
type Caller = Pick<ConsoleUser, 'accessToken'>;

/**
 * The console's only way to the records: the public API over HTTP with the signed-in staff
 * member's token, so the console can do nothing the API would not allow that person to do.
 */
@Injectable()
export class ApiClient {
  private readonly base: string;

  constructor(@Inject(CONSOLE_CONFIG) config: ConsoleConfig) {
    this.base = `${config.apiBaseUrl}/api/v1`;
  }

  /** A read; any error answer becomes an ApiError for the page's error handling. */
  async get<T>(caller: Caller, path: string, query: Query = {}): Promise<T> {
    const response = await fetch(this.url(path, query), { headers: this.headers(caller, 'application/json') });
    if (!response.ok) throw new ApiError(await problemOf(response));
    return (await response.json()) as T;
  }

  /** A read that is allowed to find nothing (a section of a page not recorded yet). */
  async find<T>(caller: Caller, path: string, query: Query = {}): Promise<T | undefined> {
    try {
      return await this.get<T>(caller, path, query);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  /** A file as the API serves it (a PDF statement, a CSV of figures), passed through as bytes. */
  async download(caller: Caller, path: string, accept: string, query: Query = {}) {
    const response = await fetch(this.url(path, query), { headers: this.headers(caller, accept) });
    if (!response.ok) throw new ApiError(await problemOf(response));
    return {
      contentType: response.headers.get('content-type') ?? accept,
      disposition: response.headers.get('content-disposition'),
      body: Buffer.from(await response.arrayBuffer()),
    };
  }

  /**
   * A write with the idempotency key the form was rendered with, so a double submit or a retry
   * is recorded once. 400, 409 and 422 come back for the form to show; anything else throws.
   */
  async send<T>(
    caller: Caller,
    method: 'POST' | 'PUT',
    path: string,
    body: unknown,
    idempotencyKey: string,
    contentType = 'application/json',
  ): Promise<ApiWriteResult<T>> {
    const response = await fetch(this.url(path), {
      method,
      headers: {
        ...this.headers(caller, 'application/json'),
        'Content-Type': contentType,
        'Idempotency-Key': idempotencyKey,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    if (response.ok) return { ok: true, status: response.status, body: (await response.json()) as T };
    const problem = await problemOf(response);
    if ([400, 409, 422].includes(problem.status)) return { ok: false, problem };
    throw new ApiError(problem);
  }

  private url(path: string, query: Query = {}): string {
    const url = new URL(`${this.base}${path}`);
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
    }
    return url.toString();
  }

  private headers(caller: Caller, accept: string): Record<string, string> {
    return { Authorization: `Bearer ${caller.accessToken}`, Accept: `${accept}, application/problem+json` };
  }
}

async function problemOf(response: Response): Promise<ApiProblem> {
  try {
    const body = (await response.json()) as Partial<ApiProblem>;
    return { ...body, status: response.status };
  } catch {
    return { status: response.status, title: response.statusText };
  }
}
