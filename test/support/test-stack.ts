import { randomUUID } from 'node:crypto';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type AppConfig, loadConfig } from '@ipc/config';
import { installTemporalRuntime } from '@ipc/temporal';
import request from 'supertest';
import type { SuperAgentRequest } from 'superagent';
import type TestAgent from 'supertest/lib/agent';
import { createApiApp } from '../../apps/api/src/api-app';
import { WorkerModule } from '../../apps/worker/src/worker.module';

export interface TestStack {
  config: AppConfig;
  api: INestApplication;
  http: TestAgent;
  worker?: INestApplicationContext;
  close(): Promise<void>;
}

/**
 * A well-behaved client: every write carries a fresh Idempotency-Key unless the test sets its own
 * (to retry) or unsets it (to see the refusal).
 */
function withIdempotencyKey(request: SuperAgentRequest): void {
  if (request.method === 'POST' || request.method === 'PUT') request.set('Idempotency-Key', randomUUID());
}

/**
 * The API and (unless `worker: false`) the journey worker, in this process, against the run's real
 * Temporal, PostgreSQL and Redis, on a task queue of their own so test files never share journeys.
 */
export async function startTestStack(options: { worker?: boolean } = {}): Promise<TestStack> {
  process.env.TEMPORAL_TASK_QUEUE = `ipc-test-${randomUUID()}`;
  const config = loadConfig();
  installTemporalRuntime(config.logLevel);
  const worker =
    options.worker === false
      ? undefined
      : await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
  await worker?.init();
  const api = await createApiApp().catch(async (error: unknown) => {
    await worker?.close();
    throw error;
  });
  await api.init();
  return {
    config,
    api,
    worker,
    http: request.agent(api.getHttpServer()).use(withIdempotencyKey),
    async close() {
      await api.close();
      await worker?.close();
    },
  };
}
