import 'reflect-metadata';
// First: tracing instruments the libraries loaded after it.
import { tracing } from './tracing';
import { NestFactory } from '@nestjs/core';
import { closeGracefullyOnSignals } from '@ipc/config';
import { NativeLogger } from 'nestjs-pino';
import { ReminderDeliveryAppModule } from './reminder-delivery-app.module';

/** `node dist/apps/worker/src/reminder-delivery.main.js`: a reminder delivery worker alone. */
async function bootstrap(): Promise<void> {
  const app = await NestFactory.createApplicationContext(ReminderDeliveryAppModule, { bufferLogs: true });
  app.useLogger(app.get(NativeLogger));
  closeGracefullyOnSignals(app, async () => tracing?.shutdown());
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
