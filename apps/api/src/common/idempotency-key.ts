import type { Request } from 'express';
import { ProblemException, problems, problemType } from '../problem/problem.exception';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/** The request's Idempotency-Key; 400 naming the header when it is missing or malformed. */
export function idempotencyKeyOf(request: Request): string {
  const key = request.headers[IDEMPOTENCY_HEADER.toLowerCase()];
  if (typeof key === 'string' && KEY_PATTERN.test(key)) return key;
  throw problems.validation([
    {
      field: IDEMPOTENCY_HEADER,
      reason:
        key === undefined
          ? 'is required on every request that writes: a new key (a UUID) for each request, the same key to retry it'
          : 'must be 1 to 200 visible ASCII characters',
    },
  ]);
}

export const idempotencyKeyReused = (key: string, firstUse: string) =>
  new ProblemException({
    type: problemType('idempotency-key-reused'),
    title: 'This Idempotency-Key was already used for a different request',
    status: 422,
    detail:
      `Idempotency-Key "${key}" was first used for ${firstUse} with another body; ` +
      'use a new key for a new request, or send the first request unchanged to get its answer.',
    idempotencyKey: key,
  });
