import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { log } from './log';
import { canConnect, describe, type HostPort, isLocalHost, urlHostPort, waitUntil } from './net';

const run = promisify(execFile);

/** A setup problem the developer has to fix; printed as is, without a stack trace. */
export class StackError extends Error {}

/** The absolute path of an executable on PATH (or in the sbin directories), if any. */
export function which(command: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'];
  for (const dir of dirs.filter(Boolean)) {
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

async function runOrExplain(command: string, args: string[], what: string): Promise<void> {
  try {
    await run(command, args, { timeout: 60_000 });
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    throw new StackError(`${what} failed (${command} ${args.join(' ')}):\n  ${detail.replace(/\n/g, '\n  ')}`);
  }
}

async function waitForPort(target: HostPort, what: string, timeoutMs: number, hint: string): Promise<void> {
  if (await waitUntil(() => canConnect(target), { timeoutMs })) return;
  throw new StackError(
    `${what} was started but does not accept connections at ${describe(target)} ` +
      `after ${timeoutMs / 1000} s${hint}`,
  );
}

interface PostgresCluster {
  version: string;
  port?: number;
}

/** The single cluster under /etc/postgresql (Debian/Ubuntu layout), if PostgreSQL is installed. */
function localPostgresCluster(): PostgresCluster | undefined | 'ambiguous' {
  if (!which('pg_ctlcluster') || !existsSync('/etc/postgresql')) return undefined;
  const versions = readdirSync('/etc/postgresql').filter((name) => existsSync(join('/etc/postgresql', name, 'main')));
  if (versions.length === 0) return undefined;
  if (versions.length > 1) return 'ambiguous';
  const [version] = versions as [string];
  let port: number | undefined;
  try {
    const conf = readFileSync(join('/etc/postgresql', version, 'main', 'postgresql.conf'), 'utf8');
    const match = /^\s*port\s*=\s*(\d+)/m.exec(conf);
    if (match) port = Number(match[1]);
  } catch {
    // unreadable: the wait below will tell
  }
  return { version, port };
}

/**
 * Makes sure PostgreSQL answers at DATABASE_URL's host/port, starting the local cluster if needed;
 * true when it was started here.
 */
export async function ensurePostgres(databaseUrl: string): Promise<boolean> {
  const target = urlHostPort(databaseUrl, 5432);
  if (await canConnect(target)) {
    log(`PostgreSQL is running at ${describe(target)}`);
    return false;
  }
  if (!isLocalHost(target.host)) {
    throw new StackError(
      `PostgreSQL is not reachable at ${describe(target)}: start it there, ` +
        'or set DATABASE_URL to a running server',
    );
  }
  const cluster = localPostgresCluster();
  if (!cluster) {
    throw new StackError(
      `PostgreSQL is not running at ${describe(target)} and is not installed: ` +
        'install PostgreSQL 15+ (apt install postgresql) or set DATABASE_URL',
    );
  }
  if (cluster === 'ambiguous') {
    throw new StackError(
      `PostgreSQL is not running at ${describe(target)} and /etc/postgresql holds several ` +
        'versions: start the right one (pg_ctlcluster <version> main start) or set DATABASE_URL',
    );
  }
  log(`PostgreSQL is not running at ${describe(target)}: starting cluster ${cluster.version}/main`);
  await runOrExplain(
    'pg_ctlcluster',
    ['--skip-systemctl-redirect', cluster.version, 'main', 'start'],
    'Starting PostgreSQL',
  );
  const portHint =
    cluster.port !== undefined && cluster.port !== target.port
      ? ` (the cluster is configured for port ${cluster.port}: set DATABASE_URL to match)`
      : '';
  await waitForPort(target, `PostgreSQL ${cluster.version}`, 30_000, portHint);
  log(`PostgreSQL ${cluster.version} started (it stays running after the dev stack stops)`);
  return true;
}

/** Makes sure Redis answers at REDIS_URL's host/port, starting a local redis-server if needed; true when started here. */
export async function ensureRedis(redisUrl: string): Promise<boolean> {
  const target = urlHostPort(redisUrl, 6379);
  if (await canConnect(target)) {
    log(`Redis is running at ${describe(target)}`);
    return false;
  }
  if (!isLocalHost(target.host)) {
    throw new StackError(
      `Redis is not reachable at ${describe(target)}: start it there, ` + 'or set REDIS_URL to a running server',
    );
  }
  const server = which('redis-server');
  if (!server) {
    throw new StackError(
      `Redis is not running at ${describe(target)} and is not installed: ` +
        'install Redis 7+ (apt install redis-server) or set REDIS_URL',
    );
  }
  log(`Redis is not running at ${describe(target)}: starting ${server}`);
  await runOrExplain(server, ['--daemonize', 'yes', '--port', String(target.port), '--save', ''], 'Starting Redis');
  await waitForPort(target, 'Redis', 15_000, '');
  log('Redis started (it stays running after the dev stack stops)');
  return true;
}
