import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';

const DELIVERY_MAIN = resolve(__dirname, '../../dist/apps/worker/src/reminder-delivery.main.js');

export interface DeliveryProcess {
  child: ChildProcess;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
  output(): string;
}

/** The built reminder delivery worker alone (from `npm run build`) as its own OS process. */
export async function spawnDeliveryProcess(env: NodeJS.ProcessEnv): Promise<DeliveryProcess> {
  const child = spawn(process.execPath, [DELIVERY_MAIN], {
    env: { ...process.env, ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit').then(([code, signal]) => (code ?? signal) as number | string);
  let output = '';
  await new Promise<void>((ready, failed) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('delivering reminders')) ready();
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => failed(new Error(`delivery worker exited (${code}) before it was ready:\n${output}`)));
  });
  return { child, exited, output: () => output };
}
