import 'reflect-metadata';
// First: tracing instruments the libraries loaded after it.
import { tracing } from './tracing';
import { closeGracefullyOnSignals, loadConfig } from '@ipc/config';
import { createApiApp } from './api-app';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp();
  closeGracefullyOnSignals(app, async () => tracing?.shutdown());
  await app.listen(config.port);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
