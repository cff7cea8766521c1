import IORedis, { type Redis } from 'ioredis';

export type RedisRole = 'producer' | 'worker';

/**
 * The one way this codebase opens Redis for BullMQ. Workers block on Redis and must wait out an
 * outage rather than fail a command (`maxRetriesPerRequest: null`); producers fail fast so an HTTP
 * request does not hang while Redis is down.
 */
export function createRedisConnection(url: string, role: RedisRole): Redis {
  return new IORedis(url, {
    maxRetriesPerRequest: role === 'worker' ? null : 1,
    enableOfflineQueue: role === 'worker',
    lazyConnect: false,
  });
}
