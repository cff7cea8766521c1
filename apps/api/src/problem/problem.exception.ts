import { HttpException } from '@nestjs/common';

export interface FieldError {
  field: string;
  reason: string;
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  [extension: string]: unknown;
}

/** An error that leaves the API as RFC 9457 problem details, with a stable `type` per kind. */
export class ProblemException extends HttpException {
  constructor(readonly problem: ProblemDetails) {
    super(problem, problem.status);
  }
}

const problemType = (slug: string) => `https://ipc-pathway.nhs.example/problems/${slug}`;

export const problems = {
  validation: (errors: FieldError[]) =>
    new ProblemException({
      type: problemType('validation-failed'),
      title: 'The request has invalid fields',
      status: 400,
      detail: errors.map((error) => `${error.field}: ${error.reason}`).join('; '),
      errors,
    }),
  unauthenticated: () =>
    new ProblemException({
      type: problemType('unauthenticated'),
      title: 'A valid bearer token is required',
      status: 401,
    }),
  forbidden: (detail: string) =>
    new ProblemException({ type: problemType('forbidden'), title: 'Not allowed for your role', status: 403, detail }),
  notFound: (what: string) =>
    new ProblemException({ type: problemType('not-found'), title: `${what} not found`, status: 404 }),
  conflict: (slug: string, title: string, detail: string, extensions: Record<string, unknown> = {}) =>
    new ProblemException({ type: problemType(slug), title, status: 409, detail, ...extensions }),
  tooManyRequests: (retryAfterSeconds: number) =>
    new ProblemException({
      type: problemType('too-many-requests'),
      title: 'Too many requests',
      status: 429,
      detail: `Too many requests from you or your address; retry after ${retryAfterSeconds} s.`,
    }),
  unavailable: (detail: string) =>
    new ProblemException({
      type: problemType('service-unavailable'),
      title: 'A service the engine depends on is unavailable',
      status: 503,
      detail,
    }),
};

export { problemType };
