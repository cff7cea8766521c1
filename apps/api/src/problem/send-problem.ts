import type { Request, Response } from 'express';
import type { ProblemDetails } from './problem.exception';

/** Answers with the problem as application/problem+json; a 405 also lists the path's methods in `Allow`. */
export function sendProblem(request: Request, response: Response, problem: ProblemDetails): void {
  const body: ProblemDetails = { ...problem, instance: request.originalUrl };
  if (Array.isArray(body.allowedMethods)) response.setHeader('Allow', body.allowedMethods.join(', '));
  response.status(body.status).type('application/problem+json').send(JSON.stringify(body));
}
