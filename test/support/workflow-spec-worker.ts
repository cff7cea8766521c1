import { randomUUID } from 'node:crypto';
import { type AppConfig, loadConfig } from '@ipc/config';
import { createDataConverter } from '@ipc/temporal';
import { Context } from '@temporalio/activity';
import type { WorkflowHandle, WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { eventually } from './eventually';
import { serverToday, startTimeSkippingServer } from './time-skipping';

/**
 * For workflow specs: a worker on the time-skipping test server running the bundled workflows with
 * stubbed activities (plain functions that record their calls), on a task queue of its own.
 */
export function stubbedWorker(env: TestWorkflowEnvironment, config: AppConfig, activities: object): Promise<Worker> {
  return Worker.create({
    connection: env.nativeConnection,
    taskQueue: `workflow-spec-${randomUUID()}`,
    workflowBundle: { codePath: String(config.temporal.workflowBundlePath) },
    activities,
    dataConverter: createDataConverter(config.temporal.payloadKey),
  });
}

/** Inside a stubbed activity: the (skipped) calendar date, UTC, on which the workflow scheduled it. */
export const scheduledOn = () => new Date(Context.current().info.scheduledTimestampMs).toISOString().slice(0, 10);

/** A timer fires in skipped time but its activity runs in real time: how long a spec waits for it. */
export const ACTIVITY_WAIT_MS = 5_000;

/** How many of a run's history events are of the given kind (`timerStartedEventAttributes`...). */
export async function countEvents(handle: WorkflowHandle, kind: string): Promise<number> {
  const { events } = await handle.fetchHistory();
  return (events ?? []).filter((event) => (event as Record<string, unknown>)[kind]).length;
}

/** Waits until the workflow has continued as new, and returns a handle on its latest run. */
export async function latestRunAfter(
  env: TestWorkflowEnvironment,
  handle: WorkflowHandleWithFirstExecutionRunId,
): Promise<WorkflowHandle> {
  const latest = env.client.workflow.getHandle(handle.workflowId);
  await eventually(
    async () => (await latest.describe()).runId,
    (runId) => runId !== handle.firstExecutionRunId,
    ACTIVITY_WAIT_MS,
  );
  return latest;
}

/**
 * Ends the workflows a spec started (and empties the list): once their worker stops, a timer of
 * theirs coming due would hold the test server's clock for the next spec. Finished ones are skipped.
 */
export async function terminateAll(handles: WorkflowHandle[]): Promise<void> {
  await Promise.allSettled(handles.splice(0).map((handle) => handle.terminate()));
}

/** What a workflow spec's tests reach: the server, this test's worker and recorded calls, and the server's today. */
export interface WorkflowSpec<Calls> {
  env: TestWorkflowEnvironment;
  worker: Worker;
  calls: Calls;
  today: string;
}

/**
 * The set-up every workflow spec shares: one time-skipping server for the file; for each test a
 * worker with freshly recording activities, and the workflows it started terminated after it.
 * `start` begins `workflow` with its input on that worker's queue, under an id of its own.
 */
export function workflowSpecHarness<Input, Output, Calls>(
  workflow: (input: Input) => Promise<Output>,
  recording: () => { calls: Calls; activities: object },
) {
  const config = loadConfig();
  const spec = {} as WorkflowSpec<Calls>;
  const started: WorkflowHandle[] = [];

  beforeAll(async () => {
    spec.env = await startTimeSkippingServer(config);
  });

  beforeEach(async () => {
    const recorded = recording();
    spec.calls = recorded.calls;
    spec.worker = await stubbedWorker(spec.env, config, recorded.activities);
    spec.today = await serverToday(spec.env);
  });

  afterEach(async () => {
    await terminateAll(started);
  });

  afterAll(async () => {
    await spec.env?.teardown();
  });

  const start = async (input: Input) => {
    const handle = await spec.env.client.workflow.start(workflow, {
      workflowId: `${workflow.name}-spec-${randomUUID()}`,
      taskQueue: spec.worker.options.taskQueue,
      args: [input],
    });
    started.push(handle);
    return handle;
  };

  return { spec, start };
}
