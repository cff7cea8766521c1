/**
 * The embedded dev stack (`npm start`): PostgreSQL and Redis checked (and started if installed),
 * the Temporal dev server, migrations, then the worker and the API as child processes with their
 * output prefixed; either is restarted if it dies. Ctrl-C stops what it started, API first and
 * Temporal last.
 */
import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type AppConfig, ConfigError, type ConsoleConfig, loadConfig, loadConsoleConfig } from '@ipc/config';
import { bindTemporalStore, migrateDatabase } from '@ipc/persistence';
import { Connection } from '@temporalio/client';
import { temporal as proto } from '@temporalio/proto';
import { errorMessage, log, logError } from './log';
import { Cancelled, canConnect, httpStatus, waitUntil } from './net';
import { describeExit, killAllSync, ManagedProcess, type Stoppable } from './processes';
import { ensurePostgres, ensureRedis, StackError } from './services';
import { ADOPT_DATABASE_FLAG, assertStorePairing, localTemporalStoreId } from './store-pairing';
import { SupervisedProcess } from './supervised';
import { ensureTemporal } from './temporal';

const API_READY_TIMEOUT_MS = 120_000;
const WORKER_READY_TIMEOUT_MS = 120_000;
/** npm forwards the terminal's SIGINT to us as well, so a second signal this soon is the same Ctrl-C. */
const REPEAT_SIGNAL_GRACE_MS = 2000;

/** What the launcher started, stopped in reverse order exactly once. */
class Stack {
  private readonly started: Stoppable[] = [];
  private readonly lateStops: Promise<void>[] = [];
  private stopped?: Promise<never>;
  private firstSignalAt = 0;
  servicesStarted: string[] = [];

  get stopping(): boolean {
    return this.stopped !== undefined;
  }

  readonly register = (stoppable: Stoppable): void => {
    if (this.stopping) {
      this.lateStops.push(stoppable.stop());
      throw new Cancelled();
    }
    this.started.push(stoppable);
  };

  readonly abortIf = (): void => {
    if (this.stopping) throw new Cancelled();
  };

  readonly onSignal = (signal: NodeJS.Signals): void => {
    if (!this.stopping) {
      this.firstSignalAt = Date.now();
      log(`${signal} received: stopping everything (a second Ctrl-C forces it)`);
      void this.shutdown(0);
      return;
    }
    if (Date.now() - this.firstSignalAt < REPEAT_SIGNAL_GRACE_MS) return;
    logError(`${signal} received again: killing everything now`);
    killAllSync();
    process.exit(1);
  };

  shutdown(exitCode: number): Promise<never> {
    this.stopped ??= (async () => {
      for (const stoppable of [...this.started].reverse()) {
        try {
          await stoppable.stop();
        } catch (error) {
          logError(`stopping ${stoppable.name} failed: ${errorMessage(error)}`);
        }
      }
      await Promise.allSettled(this.lateStops);
      if (this.started.length || this.lateStops.length) log('all stopped');
      if (this.servicesStarted.length) {
        log(`${this.servicesStarted.join(' and ')} (started by this launcher) left running for next time`);
      }
      process.exit(exitCode);
    })();
    return this.stopped;
  }
}

/** The repository root: three levels above dist/infra/dev-stack (two above the source), else the cwd. */
function repoRoot(): string {
  for (const candidate of [resolve(__dirname, '../../..'), resolve(__dirname, '../..'), process.cwd()]) {
    try {
      const pkg = JSON.parse(readFileSync(join(candidate, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === 'ipc-pathway-engine') return candidate;
    } catch {
      // not this one
    }
  }
  return resolve(__dirname, '../../..');
}

/** The API or the worker, restarted if it dies; one that keeps dying takes the stack down. */
function startNode(stack: Stack, name: string, entry: string): SupervisedProcess {
  stack.abortIf();
  const supervised = new SupervisedProcess(
    name,
    () => new ManagedProcess(name, process.execPath, [entry], { env: process.env }),
    (reason) => {
      if (stack.stopping) return;
      logError(`${reason}: stopping everything`);
      void stack.shutdown(1);
    },
  );
  stack.register(supervised);
  log(`started ${name} (pid ${supervised.pid})`);
  return supervised;
}

/** The Temporal server, if it ends on its own (not through a stop), takes the stack down with exit code 1. */
function watch(stack: Stack, child: ManagedProcess): void {
  void child.exited.then((exit) => {
    if (child.stopping || stack.stopping) return;
    logError(`${child.name} exited unexpectedly (${describeExit(exit)}): stopping everything`);
    void stack.shutdown(1);
  });
}

async function waitForApi(stack: Stack, config: AppConfig): Promise<void> {
  const url = `http://127.0.0.1:${config.port}/health`;
  let last: number | undefined;
  const healthy = await waitUntil(
    async () => {
      last = await httpStatus(url);
      return last === 200;
    },
    { timeoutMs: API_READY_TIMEOUT_MS, intervalMs: 500, abortIf: stack.abortIf },
  );
  if (!healthy) {
    throw new StackError(
      `The API did not report healthy at ${url} within ${API_READY_TIMEOUT_MS / 1000} s ` +
        `(last answer: ${last ?? 'none'}); see the [api] lines above`,
    );
  }
}

/**
 * The dev identity provider, unless OIDC_ISSUER names a real issuer: seeded staff sign in there and
 * the API verifies their tokens against it (its signing keys stay in DATA_DIR across restarts).
 */
async function startIdentityProvider(stack: Stack, config: AppConfig, root: string, dataDir: string) {
  if (process.env.OIDC_ISSUER) {
    log(`signing in at ${config.identity.issuer} (OIDC_ISSUER): the dev identity provider is not started`);
    return;
  }
  const port = config.identity.devProviderPort;
  if (await canConnect({ host: '127.0.0.1', port })) {
    throw new StackError(`Port ${port} is already in use (another dev stack?): stop it or set DEV_OIDC_PORT`);
  }
  const entry = join(root, 'dist', 'infra', 'dev-stack', 'identity', 'main.js');
  stack.abortIf();
  const supervised = new SupervisedProcess(
    'identity',
    () => new ManagedProcess('identity', process.execPath, [entry], { env: { ...process.env, DATA_DIR: dataDir } }),
    (reason) => {
      if (stack.stopping) return;
      logError(`${reason}: stopping everything`);
      void stack.shutdown(1);
    },
  );
  stack.register(supervised);
  const discovery = `${config.identity.issuer}/.well-known/openid-configuration`;
  const ready = await waitUntil(async () => (await httpStatus(discovery)) === 200, {
    timeoutMs: API_READY_TIMEOUT_MS,
    intervalMs: 250,
    abortIf: stack.abortIf,
  });
  if (!ready)
    throw new StackError(`The dev identity provider did not answer at ${discovery}; see the [identity] lines above`);
  log(`started the dev identity provider at ${config.identity.issuer} (pid ${supervised.pid})`);
}

/** Waits until the worker child (identity "<pid>@<host>") polls the journey task queue. */
async function waitForWorker(stack: Stack, config: AppConfig, worker: SupervisedProcess): Promise<boolean> {
  const { address, namespace, taskQueue } = config.temporal;
  const connection = await Connection.connect({ address, connectTimeout: 5000 });
  try {
    return await waitUntil(
      async () => {
        try {
          const { pollers } = await connection.workflowService.describeTaskQueue({
            namespace,
            taskQueue: { name: taskQueue, kind: proto.api.enums.v1.TaskQueueKind.TASK_QUEUE_KIND_NORMAL },
            taskQueueType: proto.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
          });
          return pollers.some((poller) => poller.identity?.startsWith(`${worker.pid}@`));
        } catch {
          return false;
        }
      },
      { timeoutMs: WORKER_READY_TIMEOUT_MS, intervalMs: 500, abortIf: stack.abortIf },
    );
  } finally {
    await connection.close().catch(() => undefined);
  }
}

async function waitForConsole(stack: Stack, consoleConfig: ConsoleConfig): Promise<void> {
  const url = `http://127.0.0.1:${consoleConfig.port}/sign-in`;
  const up = await waitUntil(async () => (await httpStatus(url)) !== undefined, {
    timeoutMs: API_READY_TIMEOUT_MS,
    intervalMs: 500,
    abortIf: stack.abortIf,
  });
  if (!up) throw new StackError(`The console did not answer at ${url}; see the [console] lines above`);
}

function banner(config: AppConfig, consoleConfig: ConsoleConfig, seconds: string, temporalReused: boolean): void {
  const api = `http://localhost:${config.port}`;
  const auth = process.env.OIDC_ISSUER
    ? `Authorization: Bearer <an access token from ${config.identity.issuer}>`
    : 'Authorization: Bearer $(npm run -s token -- coordinator)   (seeded staff: npm run token)';
  const lines = [
    `IPC pathway engine dev stack ready in ${seconds} s`,
    `  API          ${api}/api/v1   (health: ${api}/health)`,
    `  OpenAPI UI   ${api}/api/docs`,
    `  Console      ${consoleConfig.baseUrl}   (care-team pages; sign in as coordinator, lead, admin...)`,
    `  Temporal UI  http://localhost:${config.temporal.uiPort}${temporalReused ? '   (reused server)' : ''}`,
    `  Sign-in      ${config.identity.issuer}${process.env.OIDC_ISSUER ? '' : '   (dev identity provider, password dev-password)'}`,
    `  Auth         ${auth}`,
    '  Ctrl-C stops everything',
  ];
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
}

/** Keeps the database with the Temporal store it belongs to (see store-pairing.ts). */
async function checkStorePairing(config: AppConfig, store: { storeId: string; dataDir: string }, ownServer: boolean) {
  if (!ownServer) {
    log('Temporal was already running: which store it keeps is unknown here, so the database pairing is not checked');
    return;
  }
  const adopt = process.argv.includes(ADOPT_DATABASE_FLAG);
  const binding = await bindTemporalStore(config.databaseUrl, store, adopt);
  assertStorePairing(binding, store, decodeURIComponent(new URL(config.databaseUrl).pathname.slice(1)));
  if (adopt)
    log(`the database now belongs to Temporal store ${store.storeId}: run npm run recover to rebuild its cases`);
}

async function start(stack: Stack, config: AppConfig, consoleConfig: ConsoleConfig, root: string): Promise<void> {
  const startedAt = Date.now();
  const apiEntry = join(root, 'dist', 'apps', 'api', 'src', 'main.js');
  const workerEntry = join(root, 'dist', 'apps', 'worker', 'src', 'main.js');
  const consoleEntry = join(root, 'dist', 'apps', 'console', 'src', 'main.js');
  for (const entry of [apiEntry, workerEntry, consoleEntry]) {
    if (!existsSync(entry)) throw new StackError(`${entry} is missing: run npm run build first`);
  }

  if (await ensurePostgres(config.databaseUrl)) stack.servicesStarted.push('PostgreSQL');
  stack.abortIf();
  if (await ensureRedis(config.redis.url)) stack.servicesStarted.push('Redis');
  stack.abortIf();
  if (await canConnect({ host: '127.0.0.1', port: config.port })) {
    throw new StackError(`Port ${config.port} is already in use (another API running?): stop it or set PORT`);
  }
  if (await canConnect({ host: '127.0.0.1', port: consoleConfig.port })) {
    throw new StackError(
      `Port ${consoleConfig.port} is already in use (another console running?): stop it or set CONSOLE_PORT`,
    );
  }

  const dataDir = resolve(config.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const store = { storeId: localTemporalStoreId(dataDir), dataDir };
  const temporal = await ensureTemporal(config, root, stack.register, stack.abortIf);
  if (temporal.process) watch(stack, temporal.process);

  const applied = await migrateDatabase(config.databaseUrl);
  stack.abortIf();
  log(
    applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'database schema is up to date',
  );
  await checkStorePairing(config, store, temporal.stoppable !== undefined);

  await startIdentityProvider(stack, config, root, dataDir);
  const worker = startNode(stack, 'worker', workerEntry);
  startNode(stack, 'api', apiEntry);
  await waitForApi(stack, config);
  startNode(stack, 'console', consoleEntry);
  await waitForConsole(stack, consoleConfig);
  if (!(await waitForWorker(stack, config, worker))) {
    logError(`the worker is not polling task queue ${config.temporal.taskQueue} yet; journeys wait until it does`);
  }
  banner(config, consoleConfig, ((Date.now() - startedAt) / 1000).toFixed(1), !temporal.stoppable);
}

async function main(): Promise<void> {
  let config: AppConfig;
  let consoleConfig: ConsoleConfig;
  try {
    config = loadConfig();
    consoleConfig = loadConsoleConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }

  const stack = new Stack();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stack.onSignal);
  process.on('exit', killAllSync);
  const crash = (error: unknown) => {
    logError(`launcher error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    void stack.shutdown(1);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);

  try {
    await start(stack, config, consoleConfig, repoRoot());
  } catch (error) {
    if (error instanceof Cancelled || stack.stopping) return;
    logError(errorMessage(error));
    await stack.shutdown(1);
  }
}

main().catch((error: unknown) => {
  logError(errorMessage(error));
  process.exit(1);
});
