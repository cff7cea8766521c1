import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { type FieldError, problems } from '../problem/problem.exception';
import { bodyTooDeeplyNested } from './http.errors';

/** Far more than any request needs, and well within what the validator can recurse through. */
export const MAX_BODY_DEPTH = 32;

const NOT_A_LIST = 'must be a JSON object of named fields, not a list';
const NUL_REASON = 'must not contain the NUL character (\\u0000)';

const fieldName = (parent: string, key: string, inArray: boolean) =>
  inArray ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;

/**
 * The fields of a parsed body, path or query that hold a NUL (which PostgreSQL cannot store in text
 * or jsonb), walked without recursion so that no depth can exhaust the stack. Throws if objects and
 * arrays nest deeper than `maxDepth`, counting the value itself as level 1.
 */
export function fieldsWithNul(value: unknown, root: string, maxDepth = MAX_BODY_DEPTH): string[] {
  const found: string[] = [];
  const pending: { value: unknown; field: string; depth: number }[] = [{ value, field: root, depth: 1 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (typeof next.value === 'string') {
      if (next.value.includes('\u0000')) found.push(next.field || 'body');
      continue;
    }
    if (typeof next.value !== 'object' || next.value === null) continue;
    if (next.depth > maxDepth) throw bodyTooDeeplyNested(maxDepth);
    const inArray = Array.isArray(next.value);
    // Last child first onto the stack, so fields are reported in the order they were sent.
    for (const [key, child] of Object.entries(next.value).reverse()) {
      const field = fieldName(next.field, key, inArray);
      if (key.includes('\u0000')) found.push(field);
      pending.push({ value: child, field, depth: next.depth + 1 });
    }
  }
  return found;
}

/**
 * Refuses, before any validator or query sees them, a body that is a list or nests beyond
 * MAX_BODY_DEPTH (400) and a NUL in any body field, path parameter or query parameter (400 naming each).
 */
@Injectable()
export class RequestInputGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    // Every JSON body is an object of named fields; a list would reach the validator as numbered "properties".
    if (Array.isArray(request.body)) throw problems.validation([{ field: 'body', reason: NOT_A_LIST }]);
    const errors: FieldError[] = [
      ...fieldsWithNul(request.body, ''),
      ...fieldsWithNul(request.params, ''),
      ...fieldsWithNul(request.query, ''),
    ].map((field) => ({ field, reason: NUL_REASON }));
    if (errors.length) throw problems.validation(errors);
    return true;
  }
}
