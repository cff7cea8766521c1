import 'reflect-metadata';
// First: tracing instruments the libraries loaded after it.
import { tracing } from './tracing';
import { closeGracefullyOnSignals, loadConsoleConfig } from '@ipc/config';
import { createConsoleApp } from './console-app';

async function bootstrap(): Promise<void> {
  const config = loadConsoleConfig();
  const app = await createConsoleApp(config);
  closeGracefullyOnSignals(app, async () => tracing?.shutdown());
  await app.listen(config.port);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
