import { condition, defineUpdate, setHandler } from '@temporalio/workflow';

/** The floor's step: an update that does nothing but answer, so it costs only what Temporal costs. */
export const floorStepUpdate = defineUpdate<number, [string]>('floorStep');

/**
 * The benchmark's own trivial workflow, served by a worker inside the bench on a task queue of its
 * own: each update is a no-op that answers with how many it has taken. It stays open, as a journey
 * does at an agreed plan, until the bench terminates it.
 */
export async function benchFloorWorkflow(): Promise<void> {
  let steps = 0;
  setHandler(floorStepUpdate, () => ++steps);
  await condition(() => false);
}
