import { HttpStatus } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { Test } from '@nestjs/testing';
import { REDIS_PRODUCER } from '@ipc/notifications';
import { DatabaseHealthRepository } from '@ipc/persistence';
import { Client } from '@temporalio/client';
import type { Response } from 'express';
import { HealthController } from './health.controller';

describe(HealthController.name, () => {
  let databaseUp: boolean;
  let status: number | undefined;
  let sut: HealthController;
  const response = { status: (code: number) => (status = code) } as unknown as Response;

  beforeEach(async () => {
    databaseUp = true;
    status = undefined;
    const database = { ping: async () => (databaseUp ? undefined : Promise.reject(new Error('connection refused'))) };
    const redis = { ping: async () => 'PONG' };
    const temporal = { connection: { workflowService: { getSystemInfo: async () => ({}) } } };
    const module = await Test.createTestingModule({
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController],
      providers: [
        { provide: DatabaseHealthRepository, useValue: database },
        { provide: REDIS_PRODUCER, useValue: redis },
        { provide: Client, useValue: temporal },
      ],
    }).compile();
    sut = module.get(HealthController);
  });

  describe('ready', () => {
    it('should be ok when every service answers', async () => {
      expect(await sut.ready(response)).toMatchObject({
        status: 'ok',
        details: { database: { status: 'up' }, redis: { status: 'up' }, temporal: { status: 'up' } },
      });
      expect(status).toBeUndefined();
    });

    it('should answer 503 naming the database when it does not answer', async () => {
      databaseUp = false;

      expect(await sut.ready(response)).toMatchObject({
        status: 'error',
        error: { database: { status: 'down' } },
        details: { redis: { status: 'up' } },
      });
      expect(status).toBe(HttpStatus.SERVICE_UNAVAILABLE);
    });
  });

  describe('live', () => {
    it('should be ok while the database is down: a dependency outage restarts nothing', async () => {
      databaseUp = false;

      expect(await sut.live(response)).toMatchObject({ status: 'ok' });
      expect(status).toBeUndefined();
    });
  });
});
