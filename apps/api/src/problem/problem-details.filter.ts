import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger, NotFoundException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { allowedMethods } from '../http/allowed-methods';
import { methodNotAllowed, noSuchPath, requestReadProblem } from '../http/http.errors';
import { type ProblemDetails, ProblemException, problemType } from './problem.exception';

/** Every error leaves as application/problem+json; unexpected ones are logged without request bodies. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problems');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem: ProblemDetails = { ...this.toProblem(exception, request), instance: request.originalUrl };
    // A 405 says which methods the path does take, in the header as well as the body (RFC 9110).
    if (Array.isArray(problem.allowedMethods)) response.setHeader('Allow', problem.allowedMethods.join(', '));
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown, request: Request): ProblemDetails {
    if (exception instanceof ProblemException) return exception.problem;
    // Nest's own NotFoundException means no route took the request: another method may be served here.
    if (exception instanceof NotFoundException) return this.unrouted(request).problem;
    if (exception instanceof HttpException) {
      const unreadable = requestReadProblem(exception.cause);
      if (unreadable) return unreadable.problem;
      const status = exception.getStatus();
      return { type: problemType(`http-${status}`), title: exception.message, status };
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return { type: problemType('internal-error'), title: 'Something went wrong on our side', status: 500 };
  }

  private unrouted(request: Request): ProblemException {
    const allowed = allowedMethods(request);
    return allowed.length && !allowed.includes(request.method)
      ? methodNotAllowed(request.method, allowed)
      : noSuchPath();
  }
}
