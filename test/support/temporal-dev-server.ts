import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { freePort } from './ports';

const CLI = process.env.TEMPORAL_CLI_PATH ?? join(process.cwd(), 'tools/temporal/bin/temporal');

export interface RunningTemporal {
  address: string;
  process: ChildProcess;
}

async function waitUntilServing(address: string, deadline: number): Promise<void> {
  for (;;) {
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      await connection.workflowService.getSystemInfo({});
      await connection.close();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`Temporal dev server at ${address} did not start`, { cause: error });
      await new Promise((done) => setTimeout(done, 250));
    }
  }
}

/**
 * The real Temporal server (the CLI's dev server) on a free port, for one test run: in memory, or
 * kept in `dbFile` so that a server started again on the same port finds every workflow it had.
 */
export async function startTemporalDevServer(
  options: { port?: number; dbFile?: string } = {},
): Promise<RunningTemporal> {
  const port = options.port ?? (await freePort());
  const address = `127.0.0.1:${port}`;
  const store = options.dbFile ? ['--db-filename', options.dbFile] : [];
  const child = spawn(
    CLI,
    [
      'server',
      'start-dev',
      '--headless',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--log-level',
      'error',
      ...store,
    ],
    // Quiet: its shutdown complaints ("task queue closed") are noise; a failed start shows as a timeout.
    { stdio: 'ignore' },
  );
  await waitUntilServing(address, Date.now() + 60_000);
  return { address, process: child };
}
