import 'reflect-metadata';
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { join } from 'node:path';
import { type AppConfig, loadConfig } from '@ipc/config';
import { createRedisConnection, createReminderQueue, ReminderProducer } from '@ipc/notifications';
import { createDataSource, dropDatabase, migrateDatabase, RemindersRepository } from '@ipc/persistence';
import { NotifyTestServer } from '../support/notify-test-server';
import { cleanUpReminderBench, deliveryCounts, requestReminders, seedRecipients } from './reminder-bench-data';
import { printReminderBench } from './reminder-bench-report';
import type { WorkerMemory } from './reminder-bench-worker';
import { runBench } from './run-bench';

/**
 * `npm run bench:reminders` (after `npm run build`): requests BENCH_REMINDERS email reminders
 * (default 10,000), then lets one delivery worker, in its own process, deliver them all to a local
 * GOV.UK Notify stand-in (the real notifications-node-client, over HTTP), and prints reminders per
 * second and the worker's memory. Uses PostgreSQL and Redis from the usual configuration, but a
 * database of its own (ipc_bench_reminders, dropped afterwards) unless BENCH_DATABASE_URL names
 * one, and a Redis key prefix of its own; deletes its rows and keys at the end, also after a failure.
 * Knobs: BENCH_REMINDERS, BENCH_NOTIFY_DELAY_MS (Notify's answer time, default 0),
 * REMINDER_CONCURRENCY, REMINDER_RATE_EMAIL (default here: unlimited, to measure the worker).
 */

const WORKER_ENTRY = join(__dirname, 'reminder-bench-worker.js');
const DEADLINE_MS = 10 * 60_000;

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

function benchDatabaseUrl(config: AppConfig): { url: string; own: boolean } {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, own: false };
  const url = new URL(config.databaseUrl);
  url.pathname = '/ipc_bench_reminders';
  return { url: url.toString(), own: true };
}

interface WorkerHandle {
  child: ChildProcess;
  ready: { memory: WorkerMemory; concurrency: number };
  memory(collect: boolean): Promise<WorkerMemory>;
  stop(): Promise<void>;
}

async function startWorker(env: NodeJS.ProcessEnv): Promise<WorkerHandle> {
  const child = fork(WORKER_ENTRY, [], { env, execArgv: ['--expose-gc'] });
  const [ready] = (await once(child, 'message')) as [{ type: 'ready'; memory: WorkerMemory; concurrency: number }];
  return {
    child,
    ready,
    async memory(collect) {
      child.send({ type: 'memory', collect });
      const [answer] = (await once(child, 'message')) as [{ memory: WorkerMemory }];
      return answer.memory;
    },
    async stop() {
      const exited = once(child, 'exit');
      child.send({ type: 'stop' });
      await exited;
    },
  };
}

const larger = (a: WorkerMemory, b: WorkerMemory): WorkerMemory => ({
  rss: Math.max(a.rss, b.rss),
  heapUsed: Math.max(a.heapUsed, b.heapUsed),
  heapTotal: Math.max(a.heapTotal, b.heapTotal),
  external: Math.max(a.external, b.external),
});

async function main(): Promise<number> {
  const reminders = positiveInteger('BENCH_REMINDERS', 10_000);
  const notifyDelayMs = positiveInteger('BENCH_NOTIFY_DELAY_MS', 0);
  const notify = await NotifyTestServer.start();
  notify.responseDelayMs = notifyDelayMs;
  const prefix = `ipc-bench-reminders-${Date.now().toString(36)}`;
  const siteId = `bench-reminders-${randomUUID().slice(0, 8)}`;
  const database = benchDatabaseUrl(loadConfig());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    REDIS_PREFIX: prefix,
    NOTIFY_BASE_URL: notify.url,
    NOTIFY_API_KEY: notify.apiKey,
    NOTIFY_TEMPLATES: JSON.stringify([
      { purpose: 'review-due', channel: 'email', format: 'standard', language: 'en', templateId: randomUUID() },
    ]),
    REMINDER_RATE_EMAIL: process.env.REMINDER_RATE_EMAIL ?? '1000000',
    REMINDER_RATE_WINDOW_MS: process.env.REMINDER_RATE_WINDOW_MS ?? '1000',
    LOG_LEVEL: 'warn',
  };
  const config = loadConfig(env);
  await migrateDatabase(database.url);
  const dataSource = await createDataSource(database.url).initialize();
  const redis = createRedisConnection(config.redis.url, 'producer');
  const queue = createReminderQueue(config, redis);
  let worker: WorkerHandle | undefined;
  try {
    const recipients = await seedRecipients(dataSource, siteId, reminders);
    const producer = new ReminderProducer(new RemindersRepository(dataSource), queue);
    const requestStarted = performance.now();
    await requestReminders(producer, siteId, recipients, 50);
    const requestSeconds = (performance.now() - requestStarted) / 1000;

    const workerStarted = performance.now();
    worker = await startWorker(env);
    let peak = worker.ready.memory;
    let counts = await deliveryCounts(dataSource, siteId);
    while (counts.sent + counts.failed < reminders) {
      if (performance.now() - workerStarted > DEADLINE_MS) throw new Error(`not delivered within ${DEADLINE_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 250));
      peak = larger(peak, await worker.memory(false));
      counts = await deliveryCounts(dataSource, siteId);
    }
    const wallSeconds = (performance.now() - workerStarted) / 1000;
    const drained = await worker.memory(true);
    const duplicates = notify.accepted.length - new Set(notify.accepted.map((sent) => sent.reference)).size;
    printReminderBench({
      reminders,
      concurrency: worker.ready.concurrency,
      rateLimitPerSecond: Math.round(
        (config.reminders.rateLimits.max.email * 1000) / config.reminders.rateLimits.windowMs,
      ),
      notifyDelayMs,
      requestSeconds,
      wallSeconds,
      deliverySeconds: (counts.delivery_ms ?? 0) / 1000,
      sent: counts.sent,
      failed: counts.failed,
      notifyPosts: notify.requests.filter((request) => request.method === 'POST').length,
      duplicates,
      memory: { idle: worker.ready.memory, peak, drained },
    });
    return counts.failed === 0 && notify.accepted.length === reminders ? 0 : 1;
  } finally {
    await worker?.stop();
    const removed = await cleanUpReminderBench(dataSource, redis, siteId, prefix);
    console.log(
      `cleanup: deleted ${removed.reminders} reminders, ${removed.contacts} contact preferences, ${removed.keys} Redis keys`,
    );
    await queue.close();
    await redis.quit();
    await dataSource.destroy();
    await notify.close();
    if (database.own) await dropDatabase(database.url);
  }
}

runBench(main);
