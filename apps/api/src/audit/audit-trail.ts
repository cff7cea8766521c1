import { Inject, Injectable } from '@nestjs/common';
import { requestIdOf } from '@ipc/config';
import { AuditEntriesRepository } from '@ipc/persistence';
import type { Request, Response } from 'express';
import type { AuthenticatedRequest } from '../auth/auth.decorators';
import { isUuid } from '../common/uuid';
import { AuditRecording } from './audit-recording';
import type { AuditedRoute } from './audited.decorator';

/** Longest route pattern the audit keeps (the column's width). */
const ROUTE_WIDTH = 200;

/** A request to an @Audited route, once the caller is known: what the audit needs from it. */
export type AuditedRequest = AuthenticatedRequest & { auditedRoute?: AuditedRoute };

/** The reason stated to open the record beyond the care relationship, when that is how it was opened. */
function breakGlassReason({ recordAccess: access }: AuthenticatedRequest): string | null {
  return access?.outcome === 'granted' && access.basis === 'break-glass' ? access.reason : null;
}

function recordIdOf(audited: AuditedRoute, request: Request, answer: unknown): string | null {
  const id =
    audited.idFrom === 'path'
      ? request.params.id
      : audited.idFrom === 'answer'
        ? (answer as { id?: unknown } | undefined)?.id
        : undefined;
  return typeof id === 'string' && isUuid(id) ? id : null;
}

/**
 * Writes the one audit entry of a request to an @Audited route: who, which record and part, and the
 * status it is answered with. The interceptor writes it for an answer, the problem filter for a
 * refusal (a guard's, a pipe's or the handler's), so every attempt by a known caller is accounted for.
 */
@Injectable()
export class AuditTrail {
  constructor(
    @Inject(AuditEntriesRepository) private readonly entries: AuditEntriesRepository,
    @Inject(AuditRecording) private readonly recording: AuditRecording,
  ) {}

  /** Whether this request's access is to be audited (and has not been yet). */
  applies(request: Request): request is AuditedRequest {
    const audited = request as Partial<AuditedRequest>;
    return Boolean(audited.auditedRoute && audited.staff && this.recording.enabled);
  }

  async record(request: AuditedRequest, response: Response, status: number, answer?: unknown): Promise<void> {
    const audited = request.auditedRoute;
    if (!audited) return;
    // Once per request: an error thrown after the answer's entry was written is not a second access.
    request.auditedRoute = undefined;
    await this.entries.append({
      siteId: request.staff.siteId,
      staffId: request.staff.staffId,
      staffRole: request.staff.role,
      recordKind: audited.record,
      recordId: recordIdOf(audited, request, answer),
      part: audited.part,
      accessReason: breakGlassReason(request),
      requestId: requestIdOf(request, response),
      method: request.method,
      route: String(request.route?.path ?? request.path).slice(0, ROUTE_WIDTH),
      status,
    });
  }
}
