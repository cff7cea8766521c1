import { randomUUID } from 'node:crypto';
import { type AppConfig, loadConfig } from '@ipc/config';
import { createDataConverter } from '@ipc/temporal';
import { Client, Connection } from '@temporalio/client';
import { CaseWorkflowClient } from '../../apps/api/src/cases/case-workflow.client';

export interface SpecTemporal {
  config: AppConfig;
  connection: Connection;
  client: Client;
  /** The API's door to the workflows, over the same client. */
  workflows: CaseWorkflowClient;
}

/**
 * A client of the run's Temporal server on a task queue of the spec's own, so no other file's
 * worker takes its workflows (and none at all until the spec starts one).
 */
export async function connectSpecTemporal(label: string): Promise<SpecTemporal> {
  process.env.TEMPORAL_TASK_QUEUE = `ipc-${label}-${randomUUID()}`;
  const config = loadConfig();
  const connection = await Connection.connect({ address: config.temporal.address });
  const client = new Client({
    connection,
    namespace: config.temporal.namespace,
    dataConverter: createDataConverter(config.temporal.payloadKey),
  });
  return { config, connection, client, workflows: new CaseWorkflowClient(client, config) };
}
