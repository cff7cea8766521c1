import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';

const REQUEST_ID_HEADER = 'x-request-id';
/** What a caller's own request id may be (a proxy's or a console's); anything else gets a new one. */
const REQUEST_ID_PATTERN = /^[\w.:-]{1,128}$/;

type IdentifiedRequest = Request & { id?: unknown };

/**
 * The request's id: one the HTTP logger already gave it, the caller's `X-Request-Id`, or a new UUID;
 * kept on the request and echoed in the answer so a log line, an audit entry and a complaint meet.
 */
export function requestIdOf(request: Request, response: Response): string {
  const identified = request as IdentifiedRequest;
  if (typeof identified.id === 'string' && REQUEST_ID_PATTERN.test(identified.id)) return identified.id;
  const given = request.headers[REQUEST_ID_HEADER];
  const id = typeof given === 'string' && REQUEST_ID_PATTERN.test(given) ? given : randomUUID();
  identified.id = id;
  if (!response.headersSent) response.setHeader('X-Request-Id', id);
  return id;
}
