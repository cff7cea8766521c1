import { HttpStatus } from '@nestjs/common';
import type { DatabaseHealthRepository } from '@ipc/persistence';
import type { Client } from '@temporalio/client';
import type { Response } from 'express';
import type { Redis } from 'ioredis';
import { HealthController } from './health.controller';

describe(HealthController.name, () => {
  let databaseUp: boolean;
  let status: number | undefined;
  let sut: HealthController;
  const response = { status: (code: number) => (status = code) } as unknown as Response;

  beforeEach(() => {
    databaseUp = true;
    status = undefined;
    const database = { ping: async () => (databaseUp ? undefined : Promise.reject(new Error('connection refused'))) };
    const redis = { ping: async () => 'PONG' };
    const temporal = { connection: { workflowService: { getSystemInfo: async () => ({}) } } };
    sut = new HealthController(
      database as DatabaseHealthRepository,
      redis as unknown as Redis,
      temporal as unknown as Client,
    );
  });

  describe('health', () => {
    it('should be up when every service answers', async () => {
      expect(await sut.health(response)).toMatchObject({ status: 'up', services: { database: { status: 'up' } } });
      expect(status).toBe(HttpStatus.OK);
    });

    it('should answer 503 naming the database when it does not answer', async () => {
      databaseUp = false;

      expect(await sut.health(response)).toMatchObject({
        status: 'down',
        services: { database: { status: 'down', error: 'connection refused' } },
      });
      expect(status).toBe(HttpStatus.SERVICE_UNAVAILABLE);
    });
  });
});
