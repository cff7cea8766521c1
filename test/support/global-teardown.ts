import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { dropDatabase } from '@ipc/persistence';
import type { RunningTemporal } from './temporal-dev-server';

interface TestRun {
  temporal: RunningTemporal;
  bundlePath: string;
  databaseUrls: string[];
}

export default async function globalTeardown(): Promise<void> {
  const run = (globalThis as { ipcTestRun?: TestRun }).ipcTestRun;
  if (!run) return;
  const exited = once(run.temporal.process, 'exit');
  run.temporal.process.kill('SIGTERM');
  await exited;
  await Promise.all(run.databaseUrls.map((url) => dropDatabase(url)));
  await rm(run.bundlePath, { force: true });
}
