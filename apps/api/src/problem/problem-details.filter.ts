import { ArgumentsHost, BadRequestException, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { type ProblemDetails, ProblemException, problems, problemType } from './problem.exception';

/** Every error leaves as application/problem+json; unexpected ones are logged without request bodies. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problems');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = { ...this.toProblem(exception), instance: request.originalUrl };
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof ProblemException) return exception.problem;
    // The body parser's own refusals (not JSON, not readable) name the body like any invalid field.
    if (exception instanceof BadRequestException) {
      return problems.validation([{ field: 'body', reason: 'must be well-formed JSON' }]).problem;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return { type: problemType(`http-${status}`), title: exception.message, status };
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return { type: problemType('internal-error'), title: 'Something went wrong on our side', status: 500 };
  }
}
