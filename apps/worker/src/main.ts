import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { closeGracefullyOnSignals, createJsonLogger, loadConfig } from '@ipc/config';
import { Runtime } from '@temporalio/worker';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  // The app owns SIGTERM/SIGINT: closing it drains the worker (OnModuleDestroy), then the process exits 0.
  Runtime.install({ shutdownSignals: [] });
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: createJsonLogger(config) });
  closeGracefullyOnSignals(app);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
