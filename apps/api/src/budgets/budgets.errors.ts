import { StepRuleError } from '@ipc/domain';
import { ProblemException, problems, problemType } from '../problem/problem.exception';

export const siteNotConfigured = () =>
  problems.conflict(
    'resource-allocation-missing',
    "The site's resource allocation has not been set",
    'An administrator must set reference costs, shares and thresholds (PUT /api/v1/site/resource-allocation) first.',
  );

/** A domain rule broken by the request's content, answered as 400 naming the field. */
export function ruleViolation(error: unknown): unknown {
  return error instanceof StepRuleError ? problems.validation([{ field: error.field, reason: error.reason }]) : error;
}

/** 403: the only approval of this total is the caller's own; four eyes means another approver's. */
export const ownApprovalRefused = () =>
  new ProblemException({
    type: problemType('four-eyes'),
    title: 'A budget cannot be approved by the staff member who sets it',
    status: 403,
    detail: 'another budget approver must approve this total (POST .../budget/approvals) before you set it',
  });

/**
 * The workflow's refusal of a budget beyond the threshold without approval names `approvedBy`, which
 * the request no longer carries (the approver comes from their own token): name the total instead.
 */
export function approvalRequired(error: unknown, participantId: string): unknown {
  if (!(error instanceof ProblemException) || error.problem.status !== 400) return error;
  const errors = error.problem.errors as { field: string; reason: string }[] | undefined;
  if (!errors?.some((fieldError) => fieldError.field === 'approvedBy')) return error;
  return problems.validation(
    errors.map((fieldError) =>
      fieldError.field === 'approvedBy'
        ? {
            field: 'totalPence',
            reason: `${fieldError.reason} from a budget approver other than you (POST /api/v1/participants/${participantId}/budget/approvals)`,
          }
        : fieldError,
    ),
  );
}
