import { startTracing } from '@ipc/config/tracing';

/** Imported by main.ts before anything else it loads, so HTTP, PostgreSQL and Redis are traced. */
export const tracing = startTracing('ipc-worker');
