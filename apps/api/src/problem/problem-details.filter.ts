import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  Inject,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuditTrail } from '../audit/audit-trail';
import { requestReadProblem } from '../http/http.errors';
import { unroutedProblem } from '../http/unrouted-requests';
import { outageOf } from './dependency-outage';
import { type ProblemDetails, ProblemException, problems, problemType } from './problem.exception';
import { sendProblem } from './send-problem';

const OUTAGE_NAMES = { database: 'database', temporal: 'workflow engine', redis: 'queue store' } as const;

/**
 * Every error leaves as application/problem+json; unexpected ones are logged without request
 * bodies, and one that says a dependency is away (PostgreSQL, Temporal, Redis) is a 503. A refusal of a known caller on an audited route is audited before it leaves.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problems');

  constructor(@Inject(AuditTrail) private readonly trail: AuditTrail) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception, request);
    if (!this.trail.applies(request)) return sendProblem(request, response, problem);
    void this.trail
      .record(request, response, problem.status)
      // The refusal tells the caller nothing about the record, so it is answered even so.
      .catch((failure: unknown) => this.logger.error(`a refused access could not be audited: ${String(failure)}`))
      .finally(() => sendProblem(request, response, problem));
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
    const outage = outageOf(exception);
    if (outage) {
      this.logger.warn(`${outage} unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
      return problems.unavailable(`The ${OUTAGE_NAMES[outage]} is unavailable; retry with the same Idempotency-Key.`)
        .problem;
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return { type: problemType('internal-error'), title: 'Something went wrong on our side', status: 500 };
  }
}
