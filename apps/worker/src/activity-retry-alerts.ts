import type { ActivityInterceptorsFactory } from '@temporalio/worker';

/** From this attempt on a failing activity is logged as an error, for alerting on. */
export const ALERT_FROM_ATTEMPT = 5;

/** What kind of failure it was, without its message (a database error may quote a value). */
function failureKind(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const { code, constraint } = error as Error & { code?: string; constraint?: string };
  return [error.name, code && `code ${code}`, constraint && `constraint ${constraint}`].filter(Boolean).join(' ');
}

/**
 * The journey's and carers' activities retry without limit (an accepted step must reach the record,
 * however long PostgreSQL is away), so a failure that is not transient, a bug or a schema mismatch,
 * would retry quietly forever. From ALERT_FROM_ATTEMPT on, each failed attempt is logged as an
 * error with the activity, the attempt and the workflow id: enough to alert on and find the case.
 */
export function activityRetryAlerts(logger: { error(message: string): void }): ActivityInterceptorsFactory {
  return (context) => ({
    inbound: {
      async execute(input, next) {
        try {
          return await next(input);
        } catch (error) {
          const { attempt, activityType, workflowExecution } = context.info;
          if (attempt >= ALERT_FROM_ATTEMPT) {
            logger.error(
              `activity ${activityType} failed on attempt ${attempt} workflow=${workflowExecution?.workflowId ?? 'none'}: ${failureKind(error)}`,
            );
          }
          throw error;
        }
      },
    },
  });
}
