import { SetMetadata } from '@nestjs/common';
import type { AuditedRecordKind } from '@ipc/persistence';

export const AUDITED_ROUTE = 'ipc:audited';

/** Which part of a record a route reads or changes, as the audit names it. */
export type AuditedPart =
  | 'list'
  | 'referral'
  | 'details'
  | 'personal-details'
  | 'timeline'
  | 'identification'
  | 'offer'
  | 'guided-conversation'
  | 'activation'
  | 'consent'
  | 'crisis-events'
  | 'quality-of-life'
  | 'study-arm'
  | 'evaluation-extract'
  | 'plan'
  | 'assessment'
  | 'budget'
  | 'statements'
  | 'spend'
  | 'reviews'
  | 'reminders'
  | 'contact-preferences'
  | 'demographics'
  | 'carers'
  | 'cared-for'
  | 'school-moves'
  | 'closure'
  | 'follow-up'
  | 'correction'
  | 'assignment'
  | 'access-log'
  | 'access-reason'
  | 'subject-access';

export interface AuditedRoute {
  record: AuditedRecordKind;
  part: AuditedPart;
  /** Where the record's id is: the `:id` path parameter, the answer's `id` (a referral), or none (a list). */
  idFrom: 'path' | 'answer' | 'none';
}

/**
 * Every access through this route is audited (AuditInterceptor): who, which record and part, the
 * outcome. Every route about a person or a carer carries it; test/e2e/audit.e2e.spec.ts fails for one without.
 */
export const Audited = (record: AuditedRecordKind, part: AuditedPart, idFrom: AuditedRoute['idFrom'] = 'path') =>
  SetMetadata(AUDITED_ROUTE, { record, part, idFrom } satisfies AuditedRoute);
