import { log, logError } from './log';
import { sleep } from './net';
import { describeExit, type ExitInfo, type ManagedProcess, type Stoppable } from './processes';

/** More restarts than this within the window means the process cannot run: the stack stops instead. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;
const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 10_000;

/**
 * A child the launcher keeps running, as a supervisor would in production: when it exits on its own
 * it is started again after a short, growing delay (journeys resume from their histories). One that
 * keeps dying (more than MAX_RESTARTS a minute) is given up on.
 */
export class SupervisedProcess implements Stoppable {
  private current: ManagedProcess;
  private stopRequested = false;
  private restarts: number[] = [];

  constructor(
    readonly name: string,
    private readonly launch: () => ManagedProcess,
    private readonly giveUp: (reason: string) => void,
  ) {
    this.current = this.run();
  }

  get pid(): number | undefined {
    return this.current.pid;
  }

  async stop(): Promise<void> {
    this.stopRequested = true;
    await this.current.stop();
  }

  private run(): ManagedProcess {
    const child = this.launch();
    void child.exited.then((exit) => this.onExit(child, exit));
    return child;
  }

  private async onExit(child: ManagedProcess, exit: ExitInfo): Promise<void> {
    if (this.stopRequested || child.stopping) return;
    const now = Date.now();
    this.restarts = this.restarts.filter((at) => now - at < RESTART_WINDOW_MS);
    if (this.restarts.length >= MAX_RESTARTS) {
      this.giveUp(`${this.name} exited (${describeExit(exit)}) after ${MAX_RESTARTS} restarts within a minute`);
      return;
    }
    const delayMs = Math.min(FIRST_DELAY_MS * 2 ** this.restarts.length, MAX_DELAY_MS);
    this.restarts.push(now);
    logError(`${this.name} exited unexpectedly (${describeExit(exit)}): restarting in ${delayMs / 1000} s`);
    await sleep(delayMs);
    if (this.stopRequested) return;
    this.current = this.run();
    log(`restarted ${this.name} (pid ${this.current.pid})`);
  }
}
