import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GlobalConfig } from 'jest';
import { migrateDatabase } from '@ipc/persistence';
import { bundleWorkflows } from '@ipc/temporal';
import { startTemporalDevServer } from './temporal-dev-server';
import { TEST_STAFF_TOKENS } from './test-staff';
import { workerDatabaseUrl } from './worker-services';

/**
 * One run's real services: a Temporal dev server of its own, a fresh PostgreSQL database per Jest
 * worker and a Redis key prefix, named after the run so parallel or leftover runs never meet, and
 * so test files running side by side never count each other's people. The workflow code is bundled
 * once here instead of once per worker.
 */
export default async function globalSetup(globalConfig: GlobalConfig): Promise<void> {
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const temporal = await startTemporalDevServer();
  const bundlePath = join(tmpdir(), `ipc-workflows-${runId}.js`);
  await writeFile(bundlePath, await bundleWorkflows());

  const databaseUrl = `postgres://postgres@127.0.0.1:5432/ipc_test_${runId}`;
  const databaseUrls = Array.from({ length: globalConfig.maxWorkers }, (_, index) =>
    workerDatabaseUrl(databaseUrl, index + 1),
  );
  await Promise.all(databaseUrls.map((url) => migrateDatabase(url)));

  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    IPC_TEST_DATABASE_URL: databaseUrl,
    IPC_TEST_REDIS_PREFIX: `ipc-test-${runId}`,
    TEMPORAL_ADDRESS: temporal.address,
    WORKFLOW_BUNDLE_PATH: bundlePath,
    STAFF_TOKENS: JSON.stringify(TEST_STAFF_TOKENS),
  });
  Object.assign(globalThis, { ipcTestRun: { temporal, bundlePath, databaseUrls } });
}
