import { StepRuleError } from '@ipc/domain';
import { problems } from '../problem/problem.exception';

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
