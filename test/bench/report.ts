import { cpus, platform, arch } from 'node:os';
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

function table(rows: readonly (readonly string[])[]): string {
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
    ms(steps.p50),
    ms(steps.p95),
    ms(steps.p99),
    ms(steps.max),
    ms(summariseLatencies(recorder.startLatencies).p50),
  ];
}

function perStepTable(http: PathRecorder, direct: PathRecorder): string {
  const rows = [...http.stepLatencies.keys()].map((step) => {
    const overHttp = summariseLatencies(http.stepLatencies.get(step) ?? []);
    const straight = summariseLatencies(direct.stepLatencies.get(step) ?? []);
    return [
      step,
      ms(overHttp.p50),
      ms(overHttp.p95),
      ms(overHttp.max),
      ms(straight.p50),
      ms(straight.p95),
      ms(straight.max),
    ];
  });
  return table([['step (ms)', 'HTTP p50', 'HTTP p95', 'HTTP max', 'direct p50', 'direct p95', 'direct max'], ...rows]);
}

function failureLines(recorders: readonly PathRecorder[]): string[] {
  const lines = recorders.flatMap((recorder) =>
    [...recorder.failures].map(([status, count]) => `  ${recorder.label}: ${status} x${count}`),
  );
  return lines.length ? ['failures:', ...lines] : ['failures: none'];
}

export function printReport(run: RunDescription, http: PathRecorder, direct: PathRecorder): void {
  const httpSteps = summariseLatencies(http.allStepLatencies());
  const directSteps = summariseLatencies(direct.allStepLatencies());
  const lines = [
    '',
    'IPC journey benchmark: referral to agreed care plan (start + 6 steps per person)',
    `machine  ${machineLine()}`,
    `run      ${run.people} people per path, concurrency ${run.concurrency}; API ${run.apiUrl}; Temporal ${run.temporalAddress}, task queue ${run.taskQueue}`,
    '',
    table([
      [
        'path',
        'people',
        'completed',
        'steps',
        'failed',
        'wall s',
        'journeys/s',
        'step p50 ms',
        'p95 ms',
        'p99 ms',
        'max ms',
        'start p50 ms',
      ],
      pathRow(http, run.people),
      pathRow(direct, run.people),
    ]),
    'start: HTTP is POST /participants (rows, timeline, workflow start); direct is the workflow start alone,',
    '       its participant rows having been inserted before the clock started.',
    '',
    `HTTP / direct  step p50 ${ratio(httpSteps.p50, directSteps.p50)}   throughput ${ratio(journeysPerSecond(http), journeysPerSecond(direct))}`,
    '',
    perStepTable(http, direct),
    '',
    ...failureLines([http, direct]),
    '',
  ];
  console.log(lines.join('\n'));
}

/** The same walk through two APIs alike but for the audit, side by side, and what auditing costs. */
export function printAuditOverhead(run: RunDescription, audited: PathRecorder, unaudited: PathRecorder): void {
  const on = summariseLatencies(audited.allStepLatencies());
  const off = summariseLatencies(unaudited.allStepLatencies());
  const people = audited.completedJourneys + unaudited.completedJourneys;
  const lines = [
    '',
    `Audit overhead: ${run.people} people split between two in-process APIs (audit on, audit off), quarters on-off-off-on, concurrency ${run.concurrency}`,
    '',
    table([
      [
        'path',
        'people',
        'completed',
        'steps',
        'failed',
        'wall s',
        'journeys/s',
        'step p50 ms',
        'p95 ms',
        'p99 ms',
        'max ms',
        'start p50 ms',
      ],
      pathRow(audited, Math.ceil(people / 2)),
      pathRow(unaudited, Math.floor(people / 2)),
    ]),
    '',
    `audit on / off  step p50 ${ratio(on.p50, off.p50)}   p95 ${ratio(on.p95, off.p95)}   throughput ${ratio(journeysPerSecond(audited), journeysPerSecond(unaudited))}`,
    '',
    ...failureLines([audited, unaudited]),
    '',
  ];
  console.log(lines.join('\n'));
}
