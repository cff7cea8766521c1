import 'reflect-metadata';
// First: tracing instruments the libraries loaded after it.
import { tracing } from './tracing';
import { NestFactory } from '@nestjs/core';
import { closeGracefullyOnSignals, loadConfig } from '@ipc/config';
import { installTemporalRuntime } from '@ipc/temporal';
import { NativeLogger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  installTemporalRuntime(config.logLevel);
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(NativeLogger));
  closeGracefullyOnSignals(app, async () => tracing?.shutdown());
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
