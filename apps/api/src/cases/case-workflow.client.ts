import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@ipc/config';
import { CORRECTION_REFUSED_FAILURE, ILLEGAL_STEP_FAILURE, STEP_RULE_FAILURE } from '@ipc/workflows';
import {
  Client,
  WorkflowIdConflictPolicy,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { isWorkflowGone } from '../common/case-recovery';
import { outageOf } from '../problem/dependency-outage';
import type { ProblemException } from '../problem/problem.exception';
import type { CaseKind, CaseStep, CaseView } from './case-kind';
import { caseNotAnswering, correctionRefused, illegalStep, stepRuleBroken } from './case.errors';

const QUERY_DEADLINE_MS = 5_000;
/** Long enough for a worker restart; after it the caller retries with the same key, harmlessly. */
const UPDATE_DEADLINE_MS = 30_000;

/**
 * What became of a step sent to a case's workflow: accepted with the state after it, refused by
 * the workflow (409 illegal for the stage, 400 a broken rule), or no workflow to take it (`gone`:
 * none at all, or one that has ended; the record says which of closed or needing recovery).
 */
export type StepDelivery<View> =
  { outcome: 'accepted'; view: View } | { outcome: 'refused'; problem: ProblemException } | { outcome: 'gone' };

/** The API's only door to case workflows, journeys and carers alike: start one, send it a step, ask where it is. */
@Injectable()
export class CaseWorkflowClient {
  constructor(
    @Inject(Client) private readonly client: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Ids, codes and dates only: the owner's personal details never leave PostgreSQL. */
  async start<Step extends CaseStep, View, Input>(
    kind: CaseKind<Step, View, Input>,
    ownerId: string,
    input: Input,
  ): Promise<void> {
    await this.client.workflow.start(kind.workflow, {
      workflowId: kind.workflowId(ownerId),
      taskQueue: this.config.temporal.taskQueue,
      args: [input],
      // A retried request finds the workflow already running; that is success, not a conflict.
      workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
    });
  }

  /**
   * Sends a step as an update whose id is the request id, so a retry is applied once. A workflow
   * that does not answer in time is a 503 (retry with the same key); errors Temporal does not
   * explain are thrown as they are.
   */
  async sendStep<Step extends CaseStep, View, Input>(
    kind: CaseKind<Step, View, Input>,
    ownerId: string,
    step: Step,
  ): Promise<StepDelivery<View>> {
    const handle = this.client.workflow.getHandle(kind.workflowId(ownerId));
    try {
      const view = await this.client.withDeadline(Date.now() + UPDATE_DEADLINE_MS, () =>
        handle.executeUpdate(kind.recordStep, { args: [step], updateId: step.requestId }),
      );
      return { outcome: 'accepted', view };
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return { outcome: 'gone' };
      if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) throw caseNotAnswering(kind);
      const problem = refusalOf(kind, error, step.name);
      if (problem) return { outcome: 'refused', problem };
      throw error;
    }
  }

  /**
   * Whether the case's workflow has taken the step recorded with this answer: it has counted as many
   * steps, or it has ended (its record is then the answer). A workflow that cannot say in time (its
   * worker catching up after an outage) is a 503: the caller retries with the same key.
   */
  async hasTaken<Step extends CaseStep, View extends CaseView, Input>(
    stepCase: CaseKind<Step, View, Input>,
    ownerId: string,
    recorded: View,
  ): Promise<boolean> {
    try {
      return (await this.query(stepCase, ownerId)).sequence >= recorded.sequence;
    } catch (error) {
      if (isWorkflowGone(error)) return true;
      if (outageOf(error)) throw error;
      throw caseNotAnswering(stepCase);
    }
  }

  /** Where the case is, from its running workflow; Temporal's errors are the caller's to read. */
  query<Step extends CaseStep, View, Input>(kind: CaseKind<Step, View, Input>, ownerId: string): Promise<View> {
    const handle = this.client.workflow.getHandle(kind.workflowId(ownerId));
    return this.client.withDeadline(Date.now() + QUERY_DEADLINE_MS, () => handle.query(kind.query));
  }
}

/** The workflow's validator refused the step: illegal at the stage, or a broken rule (undefined: not a refusal). */
function refusalOf(kind: CaseKind, error: unknown, step: string): ProblemException | undefined {
  if (!(error instanceof WorkflowUpdateFailedError) || !(error.cause instanceof ApplicationFailure)) return undefined;
  const [details] = (error.cause.details ?? []) as Record<string, unknown>[];
  if (error.cause.type === ILLEGAL_STEP_FAILURE) {
    return illegalStep(kind, step, String(details?.stage), (details?.allowedSteps as string[] | undefined) ?? []);
  }
  if (error.cause.type === STEP_RULE_FAILURE) return stepRuleBroken(String(details?.field), String(details?.reason));
  if (error.cause.type === CORRECTION_REFUSED_FAILURE) {
    return correctionRefused(String(details?.correction), String(details?.reason));
  }
  return undefined;
}
