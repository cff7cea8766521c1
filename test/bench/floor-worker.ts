import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';

/** Bundling the trivial workflow takes a few seconds on a busy machine. */
const READY_TIMEOUT_MS = 120_000;

export interface FloorWorker {
  pid: number;
  stop(): Promise<void>;
}

/** Starts the floor's worker process on `taskQueue`; resolves once it polls. */
export async function startFloorWorker(taskQueue: string): Promise<FloorWorker> {
  const child: ChildProcess = fork(require.resolve('./floor-worker.main'), [], {
    env: { ...process.env, FLOOR_TASK_QUEUE: taskQueue, LOG_LEVEL: 'warn' },
  });
  const exited = once(child, 'exit');
  await new Promise<void>((ready, failed) => {
    const timer = setTimeout(() => failed(new Error('floor worker not ready in time')), READY_TIMEOUT_MS);
    child.once('message', () => {
      clearTimeout(timer);
      ready();
    });
    void exited.then(([code]) => {
      clearTimeout(timer);
      failed(new Error(`floor worker exited (${String(code)}) before it was ready`));
    });
  });
  return {
    pid: child.pid ?? 0,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
