import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';

/** The build's output at the repository root (npm and jest run there), also for the compiled bench. */
const BUILT = resolve(process.cwd(), 'dist');
const WORKER_MAIN = resolve(BUILT, 'apps/worker/src/main.js');
const DELIVERY_MAIN = resolve(BUILT, 'apps/worker/src/reminder-delivery.main.js');
const API_MAIN = resolve(BUILT, 'apps/api/src/main.js');

export interface WorkerProcess {
  child: ChildProcess;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
  /** Everything it wrote so far, stdout and stderr. */
  output(): string;
}

/** A built entry point (from `npm run build`) as its own OS process, once it has logged that it is ready. */
export async function spawnBuilt(main: string, env: NodeJS.ProcessEnv, readyLine: string): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit').then(([code, signal]) => (code ?? signal) as number | string);
  let output = '';
  await new Promise<void>((ready, failed) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(readyLine)) ready();
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => failed(new Error(`${main} exited (${code}) before "${readyLine}":\n${output}`)));
  });
  return { child, exited, output: () => output };
}

/** The built worker, polling the given task queue (with `env` over the test run's). */
export const spawnWorker = (taskQueue: string, env: NodeJS.ProcessEnv = {}) =>
  spawnBuilt(WORKER_MAIN, { ...env, TEMPORAL_TASK_QUEUE: taskQueue }, 'polling task queue');

/** The built reminder delivery worker alone. */
export const spawnDeliveryProcess = (env: NodeJS.ProcessEnv) => spawnBuilt(DELIVERY_MAIN, env, 'delivering reminders');

/** The built API, listening on `port`, sending to the given task queue (with `env` over the test run's). */
export const spawnApi = (taskQueue: string, port: number, env: NodeJS.ProcessEnv = {}) =>
  spawnBuilt(
    API_MAIN,
    { ...env, TEMPORAL_TASK_QUEUE: taskQueue, PORT: String(port) },
    'Nest application successfully started',
  );
