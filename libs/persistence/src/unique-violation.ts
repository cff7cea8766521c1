import { QueryFailedError } from 'typeorm';

/** True when a query failed on the named unique constraint (PostgreSQL 23505). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError =
    error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}

/** True when the error came from PostgreSQL (a failed query), not from what ran beside it in a transaction. */
export function isDatabaseError(error: unknown): boolean {
  return error instanceof QueryFailedError;
}
