import { isGrpcServiceError } from '@temporalio/client';

/** What a dependency outage is, for the answer: which service is away. */
export type Outage = 'database' | 'temporal' | 'redis';

/** Seconds a client is asked to wait before retrying a 503 (the same Idempotency-Key makes it safe). */
export const RETRY_AFTER_SECONDS = 5;

/** Socket errors of node-postgres (ioredis reports its own as the two Redis errors below). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** PostgreSQL shutting down or not yet accepting connections (SQLSTATE 57P01 to 57P03), or class 08, connection exception. */
const POSTGRES_UNAVAILABLE = /^(57P0[1-3]|08...)$/;
/** node-postgres's own words for a connection lost or never made within connectionTimeoutMillis. */
const POSTGRES_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/;
/** gRPC's UNAVAILABLE: the Temporal frontend cannot be reached or is restarting. */
const GRPC_UNAVAILABLE = 14;

/** The error and every cause under it (TypeORM's driverError, Temporal's cause). */
function chain(error: unknown): Record<string, unknown>[] {
  const links: Record<string, unknown>[] = [];
  for (let link = error; link && typeof link === 'object' && links.length < 8;) {
    const record = link as Record<string, unknown>;
    links.push(record);
    link = record.driverError ?? record.cause;
  }
  return links;
}

/**
 * Which dependency an unexpected error says is away, if any: such a request gets 503 with
 * Retry-After, never a 500, since the same request will succeed once the service is back.
 */
export function outageOf(error: unknown): Outage | undefined {
  for (const link of chain(error)) {
    if (isGrpcServiceError(link) && link.code === GRPC_UNAVAILABLE) return 'temporal';
    const name = String(link.name ?? '');
    const message = String(link.message ?? '');
    if (name === 'MaxRetriesPerRequestError' || /^Connection is closed\.?$/.test(message)) return 'redis';
    const code = typeof link.code === 'string' ? link.code : '';
    if (POSTGRES_UNAVAILABLE.test(code) || POSTGRES_MESSAGES.test(message)) return 'database';
    if (NETWORK_CODES.has(code)) return 'database';
  }
  return undefined;
}
