import { arch, cpus, loadavg, platform } from 'node:os';
import { summariseLatencies } from './latency-stats';
import type { PathRecorder } from './path-recorder';

export interface RunDescription {
  people: number;
  concurrency: number;
  apiUrl: string;
  temporalAddress: string;
  taskQueue: string;
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '-');
const ratio = (numerator: number, denominator: number) =>
  denominator > 0 && Number.isFinite(numerator) ? `x${(numerator / denominator).toFixed(2)}` : '-';

function journeysPerSecond(recorder: PathRecorder): number {
  return recorder.wallMilliseconds > 0 ? recorder.completedJourneys / (recorder.wallMilliseconds / 1000) : 0;
}

function stepsPerSecond(recorder: PathRecorder): number {
  return recorder.wallMilliseconds > 0 ? recorder.stepCount / (recorder.wallMilliseconds / 1000) : 0;
}

export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  // First column left-aligned (labels), the rest right-aligned (numbers).
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
        .join('  '),
    )
    .join('\n');
}

function machineLine(): string {
  const processors = cpus();
  return `${processors.length} CPUs (${processors[0]?.model.trim() ?? 'unknown'}), node ${process.version}, ${platform()} ${arch()}`;
}

/** The 1, 5 and 15 minute load averages, so figures from a shared machine can be read in context. */
export function loadLine(): string {
  return `load average ${loadavg()
    .map((load) => load.toFixed(2))
    .join(', ')}`;
}

const PATH_HEADER = [
  'path',
  'people',
  'completed',
  'steps',
  'failed',
  'wall s',
  'journeys/s',
  'steps/s',
  'step p50 ms',
  'p95 ms',
  'p99 ms',
  'max ms',
  'start p50 ms',
];

function pathRow(recorder: PathRecorder, people: number): string[] {
  const steps = summariseLatencies(recorder.allStepLatencies());
  return [
    recorder.label,
    String(people),
    String(recorder.completedJourneys),
    String(recorder.stepCount),
    String(recorder.failureCount),
    (recorder.wallMilliseconds / 1000).toFixed(2),
    journeysPerSecond(recorder).toFixed(2),
    stepsPerSecond(recorder).toFixed(1),
    ms(steps.p50),
    ms(steps.p95),
    ms(steps.p99),
    ms(steps.max),
    ms(summariseLatencies(recorder.startLatencies).p50),
  ];
}

function perStepTable(paths: readonly PathRecorder[]): string {
  const header = ['step (ms)', ...paths.flatMap((path) => [`${path.label} p50`, 'p95'])];
  const rows = [...paths[0].stepLatencies.keys()].map((step) => [
    step,
    ...paths.flatMap((path) => {
      const latencies = summariseLatencies(path.stepLatencies.get(step) ?? []);
      return [ms(latencies.p50), ms(latencies.p95)];
    }),
  ]);
  return table([header, ...rows]);
}

function failureLines(recorders: readonly PathRecorder[]): string[] {
  const lines = recorders.flatMap((recorder) =>
    [...recorder.failures].map(([status, count]) => `  ${recorder.label}: ${status} x${count}`),
  );
  return lines.length ? ['failures:', ...lines] : ['failures: none'];
}

/** One path against another: throughput, step p50 and p99, and the start's p50. */
function ratioLine(label: string, path: PathRecorder, base: PathRecorder): string {
  const steps = summariseLatencies(path.allStepLatencies());
  const baseSteps = summariseLatencies(base.allStepLatencies());
  const start = summariseLatencies(path.startLatencies).p50;
  const baseStart = summariseLatencies(base.startLatencies).p50;
  return (
    `${label.padEnd(15)} steps/s ${ratio(stepsPerSecond(path), stepsPerSecond(base))}   ` +
    `step p50 ${ratio(steps.p50, baseSteps.p50)}   p99 ${ratio(steps.p99, baseSteps.p99)}   ` +
    `start p50 ${ratio(start, baseStart)}`
  );
}

const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

/** Issue #12's goals for the HTTP path, read from this run (a report, not a test: nothing fails on them). */
function goalLines(run: RunDescription, paths: BenchPaths): string[] {
  const http = summariseLatencies(paths.http.allStepLatencies());
  const floor = summariseLatencies(paths.floor.allStepLatencies());
  const referral = summariseLatencies(paths.http.startLatencies).p50;
  const bareStart = summariseLatencies(paths.floor.startLatencies).p50;
  if (run.concurrency === 1) {
    return [`goal  HTTP step p50 under 30 ms at 1 in flight: ${ms(http.p50)} ms, ${verdict(http.p50 < 30)}`];
  }
  const throughput = stepsPerSecond(paths.http);
  const share = throughput / stepsPerSecond(paths.floor);
  return [
    `goal  HTTP at least 80 steps/s: ${throughput.toFixed(1)}, ${verdict(throughput >= 80)}`,
    `goal  HTTP throughput at least x0.80 the floor's: x${share.toFixed(2)}, ${verdict(share >= 0.8)}`,
    `goal  HTTP step p50 at most x1.30 the floor's: ${ratio(http.p50, floor.p50)}, ${verdict(http.p50 <= 1.3 * floor.p50)}`,
    `goal  HTTP step p99 at most x2.00 the floor's: ${ratio(http.p99, floor.p99)}, ${verdict(http.p99 <= 2 * floor.p99)}`,
    `goal  referral p50 under x1.30 a bare workflow start: ${ratio(referral, bareStart)}, ${verdict(referral < 1.3 * bareStart)}`,
  ];
}

/** The three paths of one run: the API, the journey straight through the client, and the no-op floor. */
export interface BenchPaths {
  http: PathRecorder;
  direct: PathRecorder;
  floor: PathRecorder;
}

export function printReport(run: RunDescription, paths: BenchPaths): void {
  const { http, direct, floor } = paths;
  const all = [http, direct, floor];
  const lines = [
    '',
    'IPC journey benchmark: referral to agreed care plan (start + 6 steps per person)',
    `machine  ${machineLine()}; ${loadLine()} at the end of this run`,
    `run      ${run.people} people per path, concurrency ${run.concurrency}; API ${run.apiUrl}; Temporal ${run.temporalAddress}, task queue ${run.taskQueue}`,
    '',
    table([PATH_HEADER, ...all.map((path) => pathRow(path, run.people))]),
    'start: HTTP is POST /participants (rows, timeline, workflow start); direct is the journey workflow start alone,',
    '       its participant rows having been inserted before the clock started; floor is a bare start of a trivial',
    '       workflow, whose steps are no-op updates, served by a worker of the bench on its own task queue.',
    '',
    ratioLine('HTTP / floor', http, floor),
    ratioLine('direct / floor', direct, floor),
    ratioLine('HTTP / direct', http, direct),
    '',
    ...goalLines(run, paths),
    '',
    perStepTable(all),
    '',
    ...failureLines(all),
    '',
  ];
  console.log(lines.join('\n'));
}

/** Resident memory of the stack's API and worker at two points of the run, and the growth between. */
export interface MemoryReading {
  label: string;
  apiMiB?: number;
  workerMiB?: number;
}

const mib = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(1));
const growth = (after?: number, before?: number) =>
  after === undefined || before === undefined ? '-' : (after - before).toFixed(1);

export function printMemory(before: MemoryReading, after: MemoryReading): void {
  const lines = [
    '',
    `Memory (RSS, MiB) of the stack's processes; ${loadLine()}`,
    table([
      ['process', before.label, after.label, 'growth'],
      ['API', mib(before.apiMiB), mib(after.apiMiB), growth(after.apiMiB, before.apiMiB)],
      ['worker', mib(before.workerMiB), mib(after.workerMiB), growth(after.workerMiB, before.workerMiB)],
    ]),
    '',
  ];
  console.log(lines.join('\n'));
}

/** The same walk through two APIs alike but for the audit, side by side, and what auditing costs. */
export function printAuditOverhead(
  run: RunDescription,
  { audited, unaudited }: { audited: PathRecorder; unaudited: PathRecorder },
): void {
  const on = summariseLatencies(audited.allStepLatencies());
  const off = summariseLatencies(unaudited.allStepLatencies());
  const people = audited.completedJourneys + unaudited.completedJourneys;
  const lines = [
    '',
    `Audit overhead: ${run.people} people split between two in-process APIs (audit on, audit off), in eight blocks on-off-off-on-off-on-on-off, concurrency ${run.concurrency}`,
    '',
    table([PATH_HEADER, pathRow(audited, Math.ceil(people / 2)), pathRow(unaudited, Math.floor(people / 2))]),
    '',
    `audit on / off  step p50 ${ratio(on.p50, off.p50)}   p95 ${ratio(on.p95, off.p95)}   throughput ${ratio(journeysPerSecond(audited), journeysPerSecond(unaudited))}`,
    '',
    ...failureLines([audited, unaudited]),
    '',
  ];
  console.log(lines.join('\n'));
}

/** One audit entry's own cost against a step's, one request at a time with the audit off. */
export function printAuditAppendCost(appendMilliseconds: readonly number[], unaudited: PathRecorder): void {
  const append = summariseLatencies(appendMilliseconds);
  const step = summariseLatencies(unaudited.allStepLatencies());
  console.log(
    [
      `Audit entry, appended ${append.count} times in a row: p50 ${append.p50.toFixed(2)} ms, p95 ${append.p95.toFixed(2)} ms;`,
      `a step one at a time with the audit off: p50 ${step.p50.toFixed(1)} ms, so one entry is ${((100 * append.p50) / step.p50).toFixed(1)}% of a step`,
      '',
    ].join('\n'),
  );
}
