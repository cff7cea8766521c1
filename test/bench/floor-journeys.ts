import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { forEachConcurrently } from './concurrency-pool';
import { floorStepUpdate } from './floor.workflow';
import { stepsToAgreedPlan } from './journey-steps';
import { type PathRecorder, timed, timeWall } from './path-recorder';

/** The same bound as the other paths, so all three fail alike when the server stalls. */
const CALL_DEADLINE_MS = 60_000;

export interface FloorTarget {
  client: Client;
  /** The bench's own task queue, served by its own worker of the trivial workflow. */
  taskQueue: string;
}

/** Every floor workflow the run started, so cleanup can terminate them. */
export interface FloorCreated {
  workflowIds: string[];
}

function failureStatus(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown error';
}

/** One "person" on the floor: a bare workflow start, then one no-op update per journey step. */
async function walkOneFloorJourney(target: FloorTarget, recorder: PathRecorder, created: FloorCreated) {
  const { client, taskQueue } = target;
  const workflowId = `bench-floor-${randomUUID()}`;
  const withDeadline = <T>(call: () => Promise<T>) => client.withDeadline(Date.now() + CALL_DEADLINE_MS, call);
  try {
    created.workflowIds.push(workflowId);
    const { result: handle, milliseconds } = await timed(() =>
      withDeadline(() => client.workflow.start('benchFloorWorkflow', { workflowId, taskQueue })),
    );
    recorder.recordStart(milliseconds);
    for (const step of stepsToAgreedPlan()) {
      const { milliseconds: stepMilliseconds } = await timed(() =>
        withDeadline(() => handle.executeUpdate(floorStepUpdate, { args: [step.name], updateId: randomUUID() })),
      );
      recorder.recordStep(step.name, stepMilliseconds);
    }
    recorder.completedJourneys++;
  } catch (error) {
    recorder.recordFailure(failureStatus(error));
  }
}

export async function walkFloorJourneys(
  target: FloorTarget,
  people: number,
  concurrency: number,
  recorder: PathRecorder,
  created: FloorCreated,
): Promise<void> {
  const everyone = Array.from({ length: people }, (_, index) => index);
  await timeWall(recorder, () =>
    forEachConcurrently(everyone, concurrency, () => walkOneFloorJourney(target, recorder, created)),
  );
}
