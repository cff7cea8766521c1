/**
 * Jest worker N's own database and Redis prefix within the run (JEST_WORKER_ID stays N when Jest
 * recycles the worker), so two test files running side by side never meet in figures or queues.
 */
export function workerDatabaseUrl(runDatabaseUrl: string, workerId: number): string {
  return `${runDatabaseUrl}_w${workerId}`;
}

const workerId = Number(process.env.JEST_WORKER_ID ?? 1);
const { IPC_TEST_DATABASE_URL: runDatabaseUrl, IPC_TEST_REDIS_PREFIX: runRedisPrefix } = process.env;
if (runDatabaseUrl && runRedisPrefix) {
  process.env.DATABASE_URL = workerDatabaseUrl(runDatabaseUrl, workerId);
  process.env.REDIS_PREFIX = `${runRedisPrefix}-w${workerId}`;
}
