import type { RecordKind } from '@ipc/persistence';
import { ProblemException, problems, problemType } from '../problem/problem.exception';
import type { TokenRefusal } from './access-token-verifier';

const RECORD_PATHS: Record<RecordKind, string> = { participant: 'participants', carer: 'carers' };
const RECORD_NOUNS: Record<RecordKind, string> = { participant: 'Participant', carer: 'Carer' };

/** 404, the same problem as the handlers' own: no such record at the caller's site. */
export const recordNotFound = (kind: RecordKind) => problems.notFound(RECORD_NOUNS[kind]);

/** 401 with the reason the token was refused (RFC 6750's invalid_token, as problem details). */
export const tokenRefused = (reason: TokenRefusal) =>
  new ProblemException({
    type: problemType('unauthenticated'),
    title: 'A valid bearer token is required',
    status: 401,
    detail: `the bearer token was refused: ${reason}`,
    reason,
  });

/** 503: the issuer's discovery document or keys could not be fetched, so no token can be checked now. */
export const issuerUnavailable = () =>
  new ProblemException({
    type: problemType('identity-provider-unavailable'),
    title: 'The identity provider could not be reached to check the token',
    status: 503,
    detail: 'retry shortly',
  });

export const actionForbidden = (action: string, roles: readonly string[]) =>
  new ProblemException({
    type: problemType('forbidden'),
    title: 'Not allowed for your role',
    status: 403,
    detail: `${action} needs one of: ${roles.join(', ')}`,
    action,
  });

/** 403: the record is at the site but not on the caller's caseload, and no stated reason holds it open. */
export const noCareRelationship = (kind: RecordKind, id: string) =>
  new ProblemException({
    type: problemType('no-care-relationship'),
    title: 'This record is not on your caseload',
    status: 403,
    detail: `state a reason for access first: POST /api/v1/${RECORD_PATHS[kind]}/${id}/access-reasons`,
    recordKind: kind,
  });

/** 403: a route the access table has no rule for is closed to everyone (and fails the route matrix test). */
export const noAccessRule = () =>
  new ProblemException({
    type: problemType('forbidden'),
    title: 'Not allowed for your role',
    status: 403,
    detail: 'this route has no access rule',
  });
