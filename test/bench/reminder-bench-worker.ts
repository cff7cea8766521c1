import 'reflect-metadata';
import { loadConfig } from '@ipc/config';
import { ReminderDelivery } from '@ipc/notifications';
import { createDataSource, RemindersRepository } from '@ipc/persistence';

/**
 * The one delivery worker the reminder benchmark measures, in a process of its own so its memory
 * is the worker's alone (not the Notify stand-in's or the benchmark's). Forked by reminders.bench.ts
 * with --expose-gc; answers `memory` messages and stops on `stop`.
 */
export interface WorkerMemory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

type Command = { type: 'memory'; collect: boolean } | { type: 'stop' };

const quiet = { log: () => undefined, warn: (message: string) => console.error(message) };

function memory(collect: boolean): WorkerMemory {
  if (collect) (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  return { rss, heapUsed, heapTotal, external };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = await createDataSource(config.databaseUrl).initialize();
  const idle = memory(true);
  const delivery = ReminderDelivery.start({ config, reminders: new RemindersRepository(dataSource), logger: quiet });
  await delivery.worker.waitUntilReady();
  process.send?.({ type: 'ready', memory: idle, concurrency: config.reminders.concurrency });

  process.on('message', (command: Command) => {
    if (command.type === 'memory') {
      process.send?.({ type: 'memory', memory: memory(command.collect) });
      return;
    }
    void delivery
      .close(10_000)
      .then(() => dataSource.destroy())
      .then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
