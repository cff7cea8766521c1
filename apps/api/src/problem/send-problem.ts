import type { Request, Response } from 'express';
import { RETRY_AFTER_SECONDS } from './dependency-outage';
import type { ProblemDetails } from './problem.exception';

/**
 * Answers with the problem as application/problem+json; a 405 also lists the path's methods in
 * `Allow`, a 503 says in `Retry-After` when to try again.
 */
export function sendProblem(request: Request, response: Response, problem: ProblemDetails): void {
  const body: ProblemDetails = { ...problem, instance: request.originalUrl };
  if (Array.isArray(body.allowedMethods)) response.setHeader('Allow', body.allowedMethods.join(', '));
  if (body.status === 503 && !response.hasHeader('Retry-After'))
    response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  response.status(body.status).type('application/problem+json').send(JSON.stringify(body));
}
