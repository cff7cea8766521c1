import { DefaultLogger, type LogLevel, Runtime } from '@temporalio/worker';

const TEMPORAL_LEVELS: Record<'debug' | 'info' | 'warn' | 'error', LogLevel> = {
  debug: 'DEBUG',
  info: 'INFO',
  warn: 'WARN',
  error: 'ERROR',
};

/**
 * The worker process's Temporal runtime: SDK logs as JSON lines like the rest of the engine
 * (metadata holds ids and task queues, never payloads), and no signal handlers of its own: the app
 * closes the worker on SIGTERM so it can drain first. Core's own (rare) warnings stay on the
 * console: forwarding them would hold a native callback that keeps a finished process alive.
 */
export function installTemporalRuntime(logLevel: keyof typeof TEMPORAL_LEVELS): void {
  const level = TEMPORAL_LEVELS[logLevel];
  const logger = new DefaultLogger(level, ({ level: entryLevel, message, meta, timestampNanos }) => {
    const timestamp = Number(timestampNanos / 1_000_000n);
    process.stdout.write(
      `${JSON.stringify({ level: entryLevel.toLowerCase(), timestamp, message, context: 'Temporal', ...meta })}\n`,
    );
  });
  Runtime.install({
    logger,
    shutdownSignals: [],
    telemetryOptions: { logging: { filter: { core: level === 'ERROR' ? 'ERROR' : 'WARN', other: 'ERROR' } } },
  });
}
