import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { StaffMember, StaffRole } from '@ipc/config';
import type { Request } from 'express';

export const PUBLIC_ROUTE = 'ipc:public';
export const ALLOWED_ROLES = 'ipc:roles';

/** Open to anyone: health, metrics and the API documentation. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Restricts a controller or route to these staff roles (403 for the others). */
export const Roles = (...roles: StaffRole[]) => SetMetadata(ALLOWED_ROLES, roles);

export interface AuthenticatedRequest extends Request {
  staff: StaffMember;
  /** The reason the staff member stated to open a record outside their care relationship (break glass). */
  accessReason?: string;
}

/** The staff member making the request, as the bearer token identified them. */
export const CurrentStaff = createParamDecorator(
  (_data: unknown, context: ExecutionContext): StaffMember =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().staff,
);
