import { QueryRejectedError, WorkflowNotFoundError } from '@temporalio/client';
import type { CaseKindName } from '../cases/case-kind';
import { ProblemException, problemType } from '../problem/problem.exception';

/** Temporal has no running workflow for the case: none at all, or one that has ended. */
export const isWorkflowGone = (error: unknown) =>
  error instanceof WorkflowNotFoundError || error instanceof QueryRejectedError;

/**
 * 503 for a case PostgreSQL holds open whose workflow is missing or has ended: not the client's
 * fault, and nothing a retry mends until an operator rebuilds it from the record.
 */
export const caseNeedsRecovery = (kind: CaseKindName, id: string) =>
  new ProblemException({
    type: problemType('case-needs-recovery'),
    title: 'This case needs recovery',
    status: 503,
    detail:
      `The ${kind}'s workflow is missing or has ended while its record is open; nothing was changed. ` +
      'An operator rebuilds it from the record with `npm run recover` or POST /api/v1/admin/recovery, then retry.',
    kind,
    id,
  });
