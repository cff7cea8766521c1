/** A field error as the API's 400 problem+json lists it. */
export interface ApiFieldError {
  field: string;
  reason: string;
}

export interface ApiProblem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: ApiFieldError[];
  [extension: string]: unknown;
}

/** The API answered with an error the page cannot carry on from (401, 403, 404, 5xx). */
export class ApiError extends Error {
  constructor(readonly problem: ApiProblem) {
    super(`API answered ${problem.status}: ${problem.title ?? ''}`);
  }

  get status(): number {
    return this.problem.status;
  }
}
