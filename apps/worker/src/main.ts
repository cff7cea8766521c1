import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createJsonLogger, loadConfig } from '@ipc/config';
import { Runtime } from '@temporalio/worker';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  // Nest owns SIGTERM/SIGINT: it shuts the worker down through OnModuleDestroy, then the process exits 0.
  Runtime.install({ shutdownSignals: [] });
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: createJsonLogger(config) });
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
