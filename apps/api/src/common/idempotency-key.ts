import { randomUUID } from 'node:crypto';
import { ApiHeader } from '@nestjs/swagger';
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

/**
 * The one OpenAPI declaration of a writing operation's Idempotency-Key header. Named as Nest reads
 * it (`@Headers('idempotency-key')`), so it replaces the parameter Nest documents on its own rather
 * than adding a second one.
 */
export const ApiIdempotencyKey = () =>
  ApiHeader({
    name: 'idempotency-key',
    required: false,
    description: 'Idempotency-Key: the same key again returns the first answer and records nothing new',
    schema: { type: 'string', pattern: KEY_PATTERN.source, minLength: 1, maxLength: 200 },
  });
