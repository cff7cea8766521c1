import { type ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Response } from 'express';
import { PUBLIC_ROUTE } from '../auth/auth.decorators';
import { problems } from '../problem/problem.exception';

/**
 * The throttler, as a guard registered twice: before authentication it counts the client address
 * (so a flood of bad tokens is limited too), after it the staff member (see rate-limits.module.ts:
 * each throttler skips where the other counts). Health, metrics and the docs are not limited.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()]) === true;
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    limit: ThrottlerLimitDetail,
  ): Promise<void> {
    const retryAfter = Math.max(1, limit.timeToBlockExpire);
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
    throw problems.tooManyRequests(retryAfter);
  }
}

/** The same guard, a second instance: Nest keeps one instance per provider. */
@Injectable()
export class StaffRateLimitGuard extends RateLimitGuard {}
