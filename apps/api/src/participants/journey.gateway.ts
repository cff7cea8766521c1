import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@ipc/config';
import type { AnyJourneyStep, JourneyView, NewJourney } from '@ipc/domain';
import { journeyWorkflowId } from '@ipc/temporal';
import { journeyQuery, recordStepUpdate } from '@ipc/workflows';
import { Client, WorkflowIdConflictPolicy } from '@temporalio/client';

const QUERY_DEADLINE_MS = 5_000;
/** Long enough for a worker restart; after it the caller retries with the same key, harmlessly. */
const UPDATE_DEADLINE_MS = 30_000;

/** The API's only door to journey workflows: start one, send it a step, ask where it is. */
@Injectable()
export class JourneyGateway {
  constructor(
    @Inject(Client) private readonly client: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(referral: NewJourney): Promise<void> {
    await this.client.workflow.start('journeyWorkflow', {
      workflowId: journeyWorkflowId(referral.participantId),
      taskQueue: this.config.temporal.taskQueue,
      args: [referral],
      // A retried referral finds the journey already running; that is success, not a conflict.
      workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
    });
  }

  /** Sends a step as an update whose id is the request id, so a retry is applied once. */
  recordStep(step: AnyJourneyStep, participantId: string): Promise<JourneyView> {
    const handle = this.client.workflow.getHandle(journeyWorkflowId(participantId));
    return this.client.withDeadline(Date.now() + UPDATE_DEADLINE_MS, () =>
      handle.executeUpdate(recordStepUpdate, { args: [step], updateId: step.requestId }),
    );
  }

  query(participantId: string): Promise<JourneyView> {
    const handle = this.client.workflow.getHandle(journeyWorkflowId(participantId));
    return this.client.withDeadline(Date.now() + QUERY_DEADLINE_MS, () => handle.query(journeyQuery));
  }
}
