import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import type { AuditedRequest } from '../audit/audit-trail';
import { AUDITED_ROUTE, type AuditedRoute } from '../audit/audited.decorator';
import { isUuid } from '../common/uuid';
import { type RouteAccess, roleMayDo, ruleOf } from './access-rules';
import { AccessTokenVerifier } from './access-token-verifier';
import { PUBLIC_ROUTE, ROUTE_ACCESS } from './auth.decorators';
import {
  actionForbidden,
  issuerUnavailable,
  noAccessRule,
  noCareRelationship,
  recordNotFound,
  tokenRefused,
} from './auth.errors';
import { bearerToken } from './bearer-token';
import { CareRelationships } from './care-relationships.service';

/**
 * The one guard on every route (unless @Public()): who is calling (401 with a reason), whether their
 * role may do the route's action (403, from the one access table), and for an action on one record,
 * whether it is at their site (404, before anything about the request is looked at) and whether they
 * have a care relationship with it or a reason stated for access (403).
 */
@Injectable()
export class StaffAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenVerifier,
    private readonly relationships: CareRelationships,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const http = context.switchToHttp();
    const request = http.getRequest<AuditedRequest>();
    const verification = await this.tokens.verify(bearerToken(request.headers.authorization));
    if ('refused' in verification) {
      if (verification.refused === 'issuer-unavailable') throw issuerUnavailable();
      http
        .getResponse<Response>()
        .setHeader('WWW-Authenticate', `Bearer error="invalid_token", error_description="${verification.refused}"`);
      throw tokenRefused(verification.refused);
    }
    const staff = verification.staff;
    request.staff = staff;
    // From here on every answer, refusals included, is an access the audit accounts for.
    request.auditedRoute = this.reflector.get<AuditedRoute | undefined>(AUDITED_ROUTE, context.getHandler());

    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ROUTE_ACCESS, targets);
    if (!access) throw noAccessRule();
    const rule = ruleOf(access.action);
    if (!roleMayDo(staff.role, access.action)) throw actionForbidden(access.action, rule.roles);

    const recordId = request.params.id;
    // An id that cannot be a record's is the handler's 404, as it always was.
    if (!access.recordKind || typeof recordId !== 'string' || !isUuid(recordId)) return true;
    const recordAccess = await this.relationships.canAccess(staff, access.recordKind, recordId);
    request.recordAccess = recordAccess;
    if (recordAccess.outcome === 'not-found') throw recordNotFound(access.recordKind);
    if (recordAccess.outcome === 'needs-reason' && rule.relationship !== false) {
      throw noCareRelationship(access.recordKind, recordId);
    }
    return true;
  }
}
