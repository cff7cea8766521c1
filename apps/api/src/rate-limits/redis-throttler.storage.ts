import { Logger } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { Redis } from 'ioredis';

/**
 * Counts a hit in the key's fixed window and blocks the key once it is over the limit, atomically,
 * so every API process shares one count. Returns hits, the window's and the block's milliseconds left.
 */
const INCREMENT = `
local hits = redis.call('INCR', KEYS[1])
local window = redis.call('PTTL', KEYS[1])
if window < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  window = tonumber(ARGV[1])
end
local blocked = redis.call('PTTL', KEYS[2])
if blocked < 0 and hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  blocked = tonumber(ARGV[3])
end
return {hits, window, blocked}`;

type ThrottlerRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * @nestjs/throttler's storage in Redis, shared by every API process. The maintained
 * @nest-lab/throttler-storage-redis declares peers up to Nest 11 only and does not install beside
 * Nest 12, so this is the same idea in one Lua script. When Redis does not answer, requests pass:
 * the limits guard against a runaway client, and must not take the API down with Redis.
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger('RateLimits');

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    name: string,
  ): Promise<ThrottlerRecord> {
    const counted = `${this.prefix}:rate:${name}:${key}`;
    try {
      const [hits, windowMs, blockedMs] = (await this.redis.eval(
        INCREMENT,
        2,
        counted,
        `${counted}:blocked`,
        ttl,
        limit,
        blockDuration,
      )) as [number, number, number];
      return {
        totalHits: hits,
        timeToExpire: Math.ceil(windowMs / 1000),
        isBlocked: blockedMs > 0,
        timeToBlockExpire: Math.max(0, Math.ceil(blockedMs / 1000)),
      };
    } catch (error) {
      this.logger.warn(`rate limit not counted (${String(error)}); the request passes`);
      return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
    }
  }
}
