import { timingSafeEqual } from 'node:crypto';

/** The token of an `Authorization: Bearer <token>` header; the scheme is case-insensitive (RFC 9110). */
export function bearerToken(authorization: string | undefined): string | undefined {
  return /^bearer +(\S+) *$/i.exec(authorization ?? '')?.[1];
}

/** Whether the header carries exactly this token, compared in constant time. */
export function bearerMatches(authorization: string | undefined, token: string): boolean {
  const given = bearerToken(authorization);
  if (!given) return false;
  const expected = Buffer.from(token);
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
