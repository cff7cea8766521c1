import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, type AppConfig, type StaffRole } from '@ipc/config';
import { problems } from '../problem/problem.exception';
import { bearerToken } from './bearer-token';
import { ALLOWED_ROLES, type AuthenticatedRequest, PUBLIC_ROUTE } from './auth.decorators';

/** Every route needs a staff bearer token unless marked @Public(); @Roles() narrows it further. */
@Injectable()
export class StaffAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerToken(request.headers.authorization);
    const staff = token ? this.config.staff.get(token) : undefined;
    if (!staff) throw problems.unauthenticated();

    const roles = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ALLOWED_ROLES, targets);
    if (roles && !roles.includes(staff.role)) throw problems.forbidden(`this needs one of: ${roles.join(', ')}`);
    request.staff = staff;
    return true;
  }
}
