import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger, NotFoundException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { requestReadProblem } from '../http/http.errors';
import { unroutedProblem } from '../http/unrouted-requests';
import { type ProblemDetails, ProblemException, problemType } from './problem.exception';
import { sendProblem } from './send-problem';

/** Every error leaves as application/problem+json; unexpected ones are logged without request bodies. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problems');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    sendProblem(request, response, this.toProblem(exception, request));
  }

  private toProblem(exception: unknown, request: Request): ProblemDetails {
    if (exception instanceof ProblemException) return exception.problem;
    // Nest's own NotFoundException means no route took the request: another method may be served here.
    if (exception instanceof NotFoundException) return unroutedProblem(request).problem;
    if (exception instanceof HttpException) {
      const unreadable = requestReadProblem(exception.cause);
      if (unreadable) return unreadable.problem;
      const status = exception.getStatus();
      return { type: problemType(`http-${status}`), title: exception.message, status };
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return { type: problemType('internal-error'), title: 'Something went wrong on our side', status: 500 };
  }
}
