import { loadConfig } from '@ipc/config';
import { migrateDatabase } from './database-setup';

/** `npm run db:migrate`: create the database if missing and apply pending migrations. */
async function main(): Promise<void> {
  const applied = await migrateDatabase(loadConfig().databaseUrl);
  console.log(JSON.stringify({ level: 'info', msg: 'migrations applied', applied }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
