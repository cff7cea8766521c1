import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { concatMap, type Observable } from 'rxjs';
import { AuditTrail } from './audit-trail';

/**
 * Writes the audit entry of an answer from an @Audited route before the answer leaves: an answer
 * about a person is never sent without its entry (if the entry cannot be written, the request
 * fails). Refusals, wherever they arise, are written by the problem filter.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(@Inject(AuditTrail) private readonly trail: AuditTrail) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    if (!this.trail.applies(request)) return next.handle();
    return next.handle().pipe(
      concatMap(async (answer: unknown) => {
        await this.trail.record(request, response, response.statusCode, answer);
        return answer;
      }),
    );
  }
}
