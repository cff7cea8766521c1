import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { log, logError } from './log';
import { sleep } from './net';

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
  error?: Error;
}

export function describeExit({ code, signal, error }: ExitInfo): string {
  if (error) return `failed to start: ${error.message}`;
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

/** Something the launcher started and must stop on the way out. */
export interface Stoppable {
  readonly name: string;
  stop(): Promise<void>;
}

export interface ManagedProcessOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Grace period between SIGTERM and SIGKILL. */
  stopTimeoutMs?: number;
  /** Output lines to drop once a stop has been requested (shutdown chatter). */
  quietWhileStopping?: (line: string) => boolean;
}

/**
 * A child process whose stdout/stderr are passed through line by line with a "[name] " prefix.
 * It runs in its own process group, so a Ctrl-C in the terminal reaches only the launcher, which
 * then stops the children in order.
 */
export class ManagedProcess implements Stoppable {
  readonly exited: Promise<ExitInfo>;
  private readonly child: ChildProcess;
  private exitInfo?: ExitInfo;
  private stopRequested = false;

  constructor(
    readonly name: string,
    command: string,
    args: readonly string[],
    private readonly options: ManagedProcessOptions = {},
  ) {
    this.child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    this.exited = new Promise<ExitInfo>((resolve) => {
      const settle = (info: ExitInfo) => {
        if (this.exitInfo) return;
        this.exitInfo = info;
        running.delete(this);
        resolve(info);
      };
      this.child.once('error', (error) => settle({ code: null, signal: null, error }));
      // 'close' rather than 'exit': all output has been passed through by then.
      this.child.once('close', (code, signal) => settle({ code, signal }));
    });
    running.add(this);
    if (this.child.stdout) this.pipeLines(this.child.stdout, process.stdout);
    if (this.child.stderr) this.pipeLines(this.child.stderr, process.stderr);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Whether it has exited (and how). */
  get exit(): ExitInfo | undefined {
    return this.exitInfo;
  }

  /** True once stop() has been called: an exit after that is expected. */
  get stopping(): boolean {
    return this.stopRequested;
  }

  /** SIGTERM, then SIGKILL if it is still running after the grace period. */
  async stop(): Promise<void> {
    this.stopRequested = true;
    if (this.exitInfo) return;
    const graceMs = this.options.stopTimeoutMs ?? 10_000;
    log(`stopping ${this.name} (pid ${this.pid})`);
    this.signal('SIGTERM');
    const exitedInTime = await Promise.race([this.exited.then(() => true), sleep(graceMs).then(() => false)]);
    if (!exitedInTime) {
      logError(`${this.name} did not stop within ${graceMs / 1000} s: sending SIGKILL`);
      this.signal('SIGKILL');
    }
    const info = await this.exited;
    log(`${this.name} stopped (${describeExit(info)})`);
  }

  /** Signals the child's whole process group, so nothing it started is left behind. */
  signal(signal: NodeJS.Signals): void {
    if (this.exitInfo || this.pid === undefined) return;
    try {
      process.kill(-this.pid, signal);
    } catch {
      try {
        this.child.kill(signal);
      } catch {
        // already gone
      }
    }
  }

  private pipeLines(input: Readable, output: Writable): void {
    const prefix = `[${this.name}] `;
    const lines = createInterface({ input, crlfDelay: Infinity });
    lines.on('line', (line) => {
      if (this.stopRequested && this.options.quietWhileStopping?.(line)) return;
      output.write(prefix + line + '\n');
    });
  }
}

const running = new Set<ManagedProcess>();

/** Last resort when the launcher exits without a clean stop: nothing it started is left orphaned. */
export function killAllSync(): void {
  for (const child of running) child.signal('SIGKILL');
}
