import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  Inject,
  Injectable,
  Logger,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuditEntriesRepository } from '@ipc/persistence';
import type { Response } from 'express';
import { catchError, concatMap, from, type Observable, throwError } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/auth.decorators';
import { isUuid } from '../common/uuid';
import { AuditRecording } from './audit-recording';
import { AUDITED_ROUTE, type AuditedRoute } from './audited.decorator';
import { requestIdOf } from './request-id';

/** The reason stated to open the record beyond the care relationship, when that is how it was opened. */
function breakGlassReason({ recordAccess: access }: AuthenticatedRequest): string | null {
  return access?.outcome === 'granted' && access.basis === 'break-glass' ? access.reason : null;
}

/** Longest route pattern the audit keeps (the column's width). */
const ROUTE_WIDTH = 200;

/**
 * Writes one audit entry for every request to an @Audited route that got past authentication,
 * with the status it is answered with, before the answer leaves: an answer about a person is never
 * sent without its entry (if the entry cannot be written, the request fails). Refusals inside the
 * route (400, 404, 409) are entries too: an attempt to reach a record is an access to account for.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Audit');

  constructor(
    private readonly reflector: Reflector,
    @Inject(AuditEntriesRepository) private readonly entries: AuditEntriesRepository,
    @Inject(AuditRecording) private readonly recording: AuditRecording,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const audited = this.reflector.get<AuditedRoute | undefined>(AUDITED_ROUTE, context.getHandler());
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    if (!audited || !request.staff || !this.recording.enabled) return next.handle();
    const requestId = requestIdOf(request, response);
    const record = (status: number, answer?: unknown) =>
      this.entries.append({
        siteId: request.staff.siteId,
        staffId: request.staff.staffId,
        staffRole: request.staff.role,
        recordKind: audited.record,
        recordId: this.recordId(audited, request, answer),
        part: audited.part,
        accessReason: breakGlassReason(request),
        requestId,
        method: request.method,
        route: String(request.route?.path ?? request.path).slice(0, ROUTE_WIDTH),
        status,
      });
    return next.handle().pipe(
      concatMap(async (answer: unknown) => {
        await record(response.statusCode, answer);
        return answer;
      }),
      catchError((error: unknown) =>
        from(
          record(error instanceof HttpException ? error.getStatus() : 500).catch((failure: unknown) => {
            this.logger.error(`an access answered with an error could not be audited: ${String(failure)}`);
          }),
        ).pipe(concatMap(() => throwError(() => error))),
      ),
    );
  }

  private recordId(audited: AuditedRoute, request: AuthenticatedRequest, answer: unknown): string | null {
    const id =
      audited.idFrom === 'path'
        ? request.params.id
        : audited.idFrom === 'answer'
          ? (answer as { id?: unknown } | undefined)?.id
          : undefined;
    return typeof id === 'string' && isUuid(id) ? id : null;
  }
}
