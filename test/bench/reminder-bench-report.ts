import { arch, cpus, platform } from 'node:os';
import type { WorkerMemory } from './reminder-bench-worker';

export interface ReminderBenchResult {
  reminders: number;
  concurrency: number;
  rateLimitPerSecond: number;
  notifyDelayMs: number;
  requestSeconds: number;
  wallSeconds: number;
  deliverySeconds: number;
  sent: number;
  failed: number;
  notifyPosts: number;
  duplicates: number;
  memory: { idle: WorkerMemory; peak: WorkerMemory; drained: WorkerMemory };
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const perSecond = (count: number, seconds: number) => (seconds > 0 ? (count / seconds).toFixed(0) : '-');

export function printReminderBench(result: ReminderBenchResult): void {
  const processors = cpus();
  const { idle, peak, drained } = result.memory;
  const lines = [
    '',
    'IPC reminder delivery benchmark: one BullMQ delivery worker against the local Notify stand-in',
    `machine   ${processors.length} CPUs (${processors[0]?.model.trim() ?? 'unknown'}), node ${process.version}, ${platform()} ${arch()}`,
    `run       ${result.reminders} email reminders; worker concurrency ${result.concurrency}; email rate limit ${result.rateLimitPerSecond}/s; Notify answers after ${result.notifyDelayMs} ms`,
    '',
    `requested ${result.reminders} in ${result.requestSeconds.toFixed(2)} s (${perSecond(result.reminders, result.requestSeconds)} requests/s: row + job each)`,
    `delivered ${result.sent} sent, ${result.failed} failed; first attempt to last sent ${result.deliverySeconds.toFixed(2)} s`,
    `          => ${perSecond(result.sent, result.deliverySeconds)} reminders/s delivered by one worker (${perSecond(result.sent, result.wallSeconds)}/s including worker start-up, ${result.wallSeconds.toFixed(2)} s)`,
    `notify    ${result.notifyPosts} POSTs received, ${result.duplicates} reminders received more than once`,
    '',
    'worker memory     rss          heap used    heap total',
    `  idle (gc)       ${mib(idle.rss).padEnd(12)} ${mib(idle.heapUsed).padEnd(12)} ${mib(idle.heapTotal)}`,
    `  peak (sampled)  ${mib(peak.rss).padEnd(12)} ${mib(peak.heapUsed).padEnd(12)} ${mib(peak.heapTotal)}`,
    `  drained (gc)    ${mib(drained.rss).padEnd(12)} ${mib(drained.heapUsed).padEnd(12)} ${mib(drained.heapTotal)}`,
    `  held after the run: rss +${mib(drained.rss - idle.rss)}, heap +${mib(drained.heapUsed - idle.heapUsed)}`,
    '',
  ];
  console.log(lines.join('\n'));
}
