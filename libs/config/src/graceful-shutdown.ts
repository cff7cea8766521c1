import type { INestApplicationContext } from '@nestjs/common';

const SHUTDOWN_SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * On SIGTERM or SIGINT, close the app (which drains in-flight work through its shutdown hooks) and
 * exit 0 (after `afterClose`, say flushing traces), so a supervisor sees a clean stop. Nest's own hooks would re-raise the signal instead.
 */
export function closeGracefullyOnSignals(app: INestApplicationContext, afterClose?: () => Promise<void>): void {
  let closing = false;
  for (const signal of SHUTDOWN_SIGNALS) {
    process.once(signal, () => {
      if (closing) return;
      closing = true;
      app
        .close()
        .then(() => afterClose?.())
        .then(
          () => process.exit(0),
          (error: unknown) => {
            console.error(error instanceof Error ? error.message : error);
            process.exit(1);
          },
        );
    });
  }
}
