import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@ipc/config';
import type { Redis } from 'ioredis';
import { createRedisConnection } from './redis-connection';

export const REDIS_PRODUCER = Symbol('REDIS_PRODUCER');

/** The process's producer connection to Redis (queues, health); closed at shutdown. */
@Global()
@Module({
  providers: [
    {
      provide: REDIS_PRODUCER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createRedisConnection(config.redis.url, 'producer'),
    },
  ],
  exports: [REDIS_PRODUCER],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS_PRODUCER) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
