import { randomUUID } from 'node:crypto';
import { problems } from '../problem/problem.exception';

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/** The request's Idempotency-Key, or a fresh one when the client sent none. */
export function requestIdFrom(idempotencyKey: string | undefined): string {
  if (idempotencyKey === undefined) return randomUUID();
  if (!KEY_PATTERN.test(idempotencyKey)) {
    throw problems.validation([{ field: 'Idempotency-Key', reason: 'must be 1 to 200 visible ASCII characters' }]);
  }
  return idempotencyKey;
}
