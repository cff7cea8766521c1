import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { closeGracefullyOnSignals, createJsonLogger, loadConfig } from '@ipc/config';
import { ReminderDeliveryAppModule } from './reminder-delivery-app.module';

/** `node dist/apps/worker/src/reminder-delivery.main.js`: a reminder delivery worker alone. */
async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(ReminderDeliveryAppModule, {
    logger: createJsonLogger(config),
  });
  closeGracefullyOnSignals(app);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
