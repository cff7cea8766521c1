import { accessSync, constants, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppConfig } from '@ipc/config';
import { Connection } from '@temporalio/client';
import { errorMessage, log } from './log';
import { canConnect, describe, type HostPort, splitAddress, waitUntil } from './net';
import { describeExit, ManagedProcess, type Stoppable } from './processes';
import { StackError, which } from './services';

const READY_TIMEOUT_MS = 60_000;
const GRPC_NOT_FOUND = 5;

export interface TemporalHandle {
  /** What to stop on the way out; undefined when an already-running server was reused. */
  stoppable?: Stoppable;
  /** The dev server child, when the CLI was started (for unexpected-exit detection). */
  process?: ManagedProcess;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** TEMPORAL_CLI_PATH if set (it must exist), else tools/temporal/bin/temporal if installed. */
function resolveCli(cliPath: string | undefined, root: string): string | undefined {
  if (cliPath) {
    const found = cliPath.includes('/') ? resolve(cliPath) : which(cliPath);
    if (!found || !isExecutable(found)) {
      throw new StackError(`TEMPORAL_CLI_PATH=${cliPath} is not an executable file: fix it or unset it`);
    }
    return found;
  }
  const bundled = join(root, 'tools', 'temporal', 'bin', 'temporal');
  return isExecutable(bundled) ? bundled : undefined;
}

/**
 * Waits until the server answers gRPC (getSystemInfo) and the namespace exists. With a reused server a
 * missing namespace fails at once; a server we started creates it during start-up, so we keep waiting.
 */
async function waitForTemporal(config: AppConfig, reused: boolean, abortIf: () => void): Promise<void> {
  const { address, namespace } = config.temporal;
  const target = splitAddress(address);
  const started = Date.now();
  if (!(await waitUntil(() => canConnect(target), { timeoutMs: READY_TIMEOUT_MS, abortIf }))) {
    throw new StackError(
      `Temporal does not accept connections at ${describe(target)} after ${READY_TIMEOUT_MS / 1000} s`,
    );
  }
  let lastError = 'no answer';
  const ready = await waitUntil(
    async () => {
      let connection: Connection | undefined;
      try {
        connection = await Connection.connect({ address, connectTimeout: 2000 });
        await connection.workflowService.getSystemInfo({});
        await connection.workflowService.describeNamespace({ namespace });
        return true;
      } catch (error) {
        if (reused && (error as { code?: number }).code === GRPC_NOT_FOUND) {
          throw new StackError(
            `The Temporal server at ${address} has no namespace "${namespace}": create it ` +
              `(temporal operator namespace create --address ${address} ${namespace}) or set TEMPORAL_NAMESPACE`,
          );
        }
        lastError = errorMessage(error);
        return false;
      } finally {
        await connection?.close().catch(() => undefined);
      }
    },
    { timeoutMs: Math.max(READY_TIMEOUT_MS - (Date.now() - started), 1000), intervalMs: 500, abortIf },
  );
  if (!ready) {
    throw new StackError(`Temporal at ${address} is not ready after ${READY_TIMEOUT_MS / 1000} s: ${lastError}`);
  }
}

/** Shutdown chatter of the dev server (warnings, cancelled requests) is dropped; other errors still show. */
const isShutdownNoise = (line: string) => !/level=(ERROR|FATAL)|panic/i.test(line) || /context canceled/.test(line);

/**
 * SQLite in write-ahead-log mode, synced at checkpoints rather than on every commit: about half the
 * cost of each workflow task. Durable across a crash of the server or any process (the log is on
 * disk); a power cut or kernel crash can lose the last commits not yet checkpointed (a few hundred
 * milliseconds of steps), which the API had already answered. Dev only: production runs Temporal on
 * PostgreSQL or Cassandra, or Temporal Cloud.
 */
const SQLITE_PRAGMAS = ['journal_mode=wal', 'synchronous=normal'];

function startCli(cli: string, config: AppConfig, target: HostPort, dbFilename: string): ManagedProcess {
  const args = [
    'server',
    'start-dev',
    '--ip',
    target.host,
    '--port',
    String(target.port),
    '--ui-port',
    String(config.temporal.uiPort),
    '--db-filename',
    dbFilename,
    '--log-level',
    'warn',
    '--namespace',
    config.temporal.namespace,
    ...SQLITE_PRAGMAS.flatMap((pragma) => ['--sqlite-pragma', pragma]),
  ];
  log(`starting Temporal dev server: ${cli} ${args.join(' ')}`);
  return new ManagedProcess('temporal', cli, args, { quietWhileStopping: isShutdownNoise });
}

/** The SDK's own dev server (downloads the CLI on first use, so it needs internet). */
async function startViaSdk(config: AppConfig, target: HostPort, dbFilename: string): Promise<Stoppable> {
  // The SDK runtime would otherwise install its own SIGINT/SIGTERM handlers and race our ordered stop.
  const { Runtime } = await import('@temporalio/worker');
  Runtime.install({ shutdownSignals: [] });
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      ip: target.host,
      port: target.port,
      ui: true,
      uiPort: config.temporal.uiPort,
      dbFilename,
      namespace: config.temporal.namespace,
      log: { format: 'pretty', level: 'warn' },
      extraArgs: SQLITE_PRAGMAS.flatMap((pragma) => ['--sqlite-pragma', pragma]),
    },
  }).catch((error: unknown) => {
    throw new StackError(
      `The SDK could not start a Temporal dev server: ${errorMessage(error)}\n` +
        '  Install the CLI with npm run temporal:install (or set TEMPORAL_CLI_PATH), or reconnect to the internet.',
    );
  });
  return {
    name: 'temporal',
    stop: async () => {
      log('stopping temporal (SDK dev server)');
      await env.teardown();
      log('temporal stopped');
    },
  };
}

/**
 * Reuses a Temporal server already listening at TEMPORAL_ADDRESS, or starts the dev server with its
 * state in <DATA_DIR>/temporal.db; resolves once it is ready for the namespace. Whatever it starts is
 * handed to `register` at once, so a stop during start-up also stops it.
 */
export async function ensureTemporal(
  config: AppConfig,
  root: string,
  register: (stoppable: Stoppable) => void,
  abortIf: () => void,
): Promise<TemporalHandle> {
  const target = splitAddress(config.temporal.address);
  if (await canConnect(target)) {
    log(`Temporal is already listening at ${describe(target)}: reusing it (not started here, will not be stopped)`);
    await waitForTemporal(config, true, abortIf);
    return {};
  }
  const ui = { host: target.host, port: config.temporal.uiPort };
  if (await canConnect(ui)) {
    throw new StackError(
      `Port ${ui.port} (Temporal UI) is already in use: stop whatever holds it or set TEMPORAL_UI_PORT`,
    );
  }
  const dataDir = resolve(config.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const dbFilename = join(dataDir, 'temporal.db');

  const cli = resolveCli(config.temporal.cliPath, root);
  if (!cli) {
    log(
      'tools/temporal/bin/temporal is missing (npm run temporal:install installs it): ' +
        "falling back to the SDK's dev server, which downloads the Temporal CLI (needs internet)",
    );
    const stoppable = await startViaSdk(config, target, dbFilename);
    register(stoppable);
    await waitForTemporal(config, false, abortIf);
    log(`Temporal is ready at ${describe(target)} (state in ${dbFilename})`);
    return { stoppable };
  }

  abortIf();
  const child = startCli(cli, config, target, dbFilename);
  register(child);
  await waitForTemporal(config, false, () => {
    const exit = child.exit;
    if (exit) throw new StackError(`The Temporal dev server stopped before it was ready (${describeExit(exit)})`);
    abortIf();
  });
  log(`Temporal is ready at ${describe(target)} (state in ${dbFilename})`);
  return { stoppable: child, process: child };
}
