/**
 * Before the tests: PostgreSQL and Redis at their configured addresses, started if installed and
 * down (the same checks `npm start` makes), or a clear instruction naming what to install.
 */
import { loadConfig } from '@ipc/config';
import { errorMessage, logError } from './log';
import { ensurePostgres, ensureRedis } from './services';

async function main(): Promise<void> {
  const config = loadConfig();
  await ensurePostgres(config.databaseUrl);
  await ensureRedis(config.redis.url);
}

main().catch((error: unknown) => {
  logError(errorMessage(error));
  process.exit(1);
});
