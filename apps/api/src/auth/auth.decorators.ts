import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import type { RecordKind } from '@ipc/persistence';
import type { Request } from 'express';
import { ACCESS_RULES, type AccessAction, type RouteAccess } from './access-rules';
import type { RecordAccess } from './care-relationships.service';

export const PUBLIC_ROUTE = 'ipc:public';
export const ROUTE_ACCESS = 'ipc:access';

/** Open without a staff token: health, and the routes with credentials of their own (metrics, Notify's callback). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/**
 * What the route does, from the one table of roles x actions (access-rules.ts). A record action
 * names the kind of record its `:id` is, so the guard can check the care relationship.
 */
export function Access(action: AccessAction, recordKind?: RecordKind) {
  if (ACCESS_RULES[action].record !== (recordKind !== undefined)) {
    throw new Error(`@Access('${action}') ${recordKind ? 'acts on no record' : 'needs the kind of record :id is'}`);
  }
  return SetMetadata(ROUTE_ACCESS, { action, recordKind } satisfies RouteAccess);
}

export interface AuthenticatedRequest extends Request {
  staff: StaffMember;
  /** For a record action: the record and why access was granted (its care team, or a stated reason). */
  recordAccess?: RecordAccess;
}

/** The staff member making the request, as the bearer token identified them. */
export const CurrentStaff = createParamDecorator(
  (_data: unknown, context: ExecutionContext): StaffMember =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().staff,
);
