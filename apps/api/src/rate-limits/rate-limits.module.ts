import { type ExecutionContext, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from '@ipc/config';
import { REDIS_PRODUCER } from '@ipc/notifications';
import type { Redis } from 'ioredis';
import type { AuthenticatedRequest } from '../auth/auth.decorators';
import { RateLimitGuard, StaffRateLimitGuard } from './rate-limit.guard';
import { RedisThrottlerStorage } from './redis-throttler.storage';

const staffOf = (context: ExecutionContext) => context.switchToHttp().getRequest<AuthenticatedRequest>().staff;

/**
 * Rate limits from configuration, counted in Redis across every API process: `address` by the
 * client's address, before authentication (the staff member is not known yet); `staff` by the
 * staff member at their site, after it. One key per staff member or address for every route.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, REDIS_PRODUCER],
      useFactory: (config: AppConfig, redis: Redis) => ({
        storage: new RedisThrottlerStorage(redis, config.redis.prefix),
        setHeaders: false,
        generateKey: (_context: ExecutionContext, tracker: string) => tracker,
        throttlers: [
          {
            name: 'address',
            ttl: config.rateLimits.windowMs,
            limit: config.rateLimits.perAddress,
            skipIf: (context: ExecutionContext) => staffOf(context) !== undefined,
          },
          {
            name: 'staff',
            ttl: config.rateLimits.windowMs,
            limit: config.rateLimits.perStaff,
            skipIf: (context: ExecutionContext) => staffOf(context) === undefined,
            getTracker: (request: Record<string, unknown>) => {
              const { siteId, staffId } = (request as unknown as AuthenticatedRequest).staff;
              return `${siteId}/${staffId}`;
            },
          },
        ],
      }),
    }),
  ],
  providers: [RateLimitGuard, StaffRateLimitGuard],
  exports: [RateLimitGuard, StaffRateLimitGuard],
})
export class RateLimitsModule {}
