import { performance } from 'node:perf_hooks';

/** What one path (HTTP or Temporal direct) measured: latencies by request kind, failures by status. */
export class PathRecorder {
  readonly startLatencies: number[] = [];
  readonly stepLatencies = new Map<string, number[]>();
  readonly failures = new Map<string, number>();
  completedJourneys = 0;
  wallMilliseconds = 0;

  constructor(readonly label: string) {}

  get stepCount(): number {
    return [...this.stepLatencies.values()].reduce((total, latencies) => total + latencies.length, 0);
  }

  get failureCount(): number {
    return [...this.failures.values()].reduce((total, count) => total + count, 0);
  }

  allStepLatencies(): number[] {
    return [...this.stepLatencies.values()].flat();
  }

  recordStart(milliseconds: number): void {
    this.startLatencies.push(milliseconds);
  }

  recordStep(step: string, milliseconds: number): void {
    const latencies = this.stepLatencies.get(step) ?? [];
    latencies.push(milliseconds);
    this.stepLatencies.set(step, latencies);
  }

  recordFailure(status: string): void {
    this.failures.set(status, (this.failures.get(status) ?? 0) + 1);
  }
}

/** Runs `work` and returns its result with how long it took, in milliseconds. */
export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; milliseconds: number }> {
  const startedAt = performance.now();
  const result = await work();
  return { result, milliseconds: performance.now() - startedAt };
}

/** Measures a whole path's wall time into its recorder. */
export async function timeWall(recorder: PathRecorder, work: () => Promise<void>): Promise<void> {
  const startedAt = performance.now();
  try {
    await work();
  } finally {
    recorder.wallMilliseconds = performance.now() - startedAt;
  }
}

/** One recorder holding several runs of the same path (their latencies, journeys, failures and wall time added up). */
export function mergeRecorders(label: string, runs: readonly PathRecorder[]): PathRecorder {
  const merged = new PathRecorder(label);
  for (const run of runs) {
    merged.startLatencies.push(...run.startLatencies);
    for (const [step, latencies] of run.stepLatencies) {
      for (const latency of latencies) merged.recordStep(step, latency);
    }
    for (const [status, count] of run.failures) merged.failures.set(status, (merged.failures.get(status) ?? 0) + count);
    merged.completedJourneys += run.completedJourneys;
    merged.wallMilliseconds += run.wallMilliseconds;
  }
  return merged;
}
