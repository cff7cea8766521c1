import { QueryFailedError } from 'typeorm';

/** True when a query failed on the named unique constraint (PostgreSQL 23505). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError =
    error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}
