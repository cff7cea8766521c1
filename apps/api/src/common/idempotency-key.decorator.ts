import { applyDecorators, createParamDecorator, type ExecutionContext, UseInterceptors } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request } from 'express';
import { IDEMPOTENCY_HEADER, idempotencyKeyOf, KEY_PATTERN } from './idempotency-key';
import { IdempotencyInterceptor } from './idempotency.interceptor';

const keyParameter = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  idempotencyKeyOf(context.switchToHttp().getRequest<Request>()),
);

/**
 * The one rule for every writing endpoint: the request needs an Idempotency-Key (documented once
 * for the operation), and the IdempotencyInterceptor around the handler gives a repeat of the
 * request the first answer and refuses another request under the key with 422.
 */
export const Idempotent = () =>
  applyDecorators(
    ApiHeader({
      name: IDEMPOTENCY_HEADER,
      required: true,
      description:
        'A new unique key (a UUID) for each request; the same key and body again get the first answer ' +
        'without recording anything twice; the same key with another body is refused with 422.',
      schema: { type: 'string', pattern: KEY_PATTERN.source, minLength: 1, maxLength: 200 },
    }),
    UseInterceptors(IdempotencyInterceptor),
  );

/** The request's Idempotency-Key as a handler parameter, for a handler that passes it on; applies Idempotent(). */
export function IdempotencyKey(): ParameterDecorator {
  return (target, method, index) => {
    keyParameter()(target, method, index);
    if (method !== undefined) Idempotent()(target, method, Object.getOwnPropertyDescriptor(target, method));
  };
}
