import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@ipc/config';
import type { AnyCarerStep, CarerView, NewCarer } from '@ipc/domain';
import { carerWorkflowId } from '@ipc/temporal';
import { carerQuery, recordCarerStepUpdate } from '@ipc/workflows';
import { Client, WorkflowIdConflictPolicy } from '@temporalio/client';

const QUERY_DEADLINE_MS = 5_000;
/** Long enough for a worker restart; after it the caller retries with the same key, harmlessly. */
const UPDATE_DEADLINE_MS = 30_000;

/** The API's only door to carer workflows: start one, send it a step, ask where it is. */
@Injectable()
export class CarerGateway {
  constructor(
    @Inject(Client) private readonly client: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Ids, codes and derived dates only: the carer's personal details never leave Postgres. */
  async start(carer: NewCarer): Promise<void> {
    await this.client.workflow.start('carerWorkflow', {
      workflowId: carerWorkflowId(carer.carerId),
      taskQueue: this.config.temporal.taskQueue,
      args: [carer],
      workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
    });
  }

  /** Sends a step as an update whose id is the request id, so a retry is applied once. */
  recordStep(step: AnyCarerStep, carerId: string): Promise<CarerView> {
    const handle = this.client.workflow.getHandle(carerWorkflowId(carerId));
    return this.client.withDeadline(Date.now() + UPDATE_DEADLINE_MS, () =>
      handle.executeUpdate(recordCarerStepUpdate, { args: [step], updateId: step.requestId }),
    );
  }

  query(carerId: string): Promise<CarerView> {
    const handle = this.client.workflow.getHandle(carerWorkflowId(carerId));
    return this.client.withDeadline(Date.now() + QUERY_DEADLINE_MS, () => handle.query(carerQuery));
  }
}
