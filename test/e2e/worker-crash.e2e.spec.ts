import { JourneyStepEntity } from '@ipc/persistence';
import { DataSource } from 'typeorm';
import { JourneyClient, type StepKey, TO_AGREEMENT } from '../support/journey-client';
import { startTestStack, type TestStack } from '../support/test-stack';
import { spawnWorker, type WorkerProcess } from '../support/worker-process';

const PEOPLE = 8;

describe('A worker killed in the middle of a burst of steps', () => {
  let stack: TestStack;
  let journeys: JourneyClient;

  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
    journeys = new JourneyClient(stack.http);
  });

  afterAll(() => stack.close());

  /** What a real client does on a 5xx: retry with the same key until the journey answers. */
  async function stepUntilAnswered(participantId: string, step: StepKey, key: string): Promise<number> {
    for (;;) {
      const response = await journeys.step(participantId, step, {}, key);
      if (response.status < 500) return response.status;
    }
  }

  it('should lose no accepted step, apply none twice and leave no journey stuck; SIGTERM then exits 0', async () => {
    const taskQueue = stack.config.temporal.taskQueue;
    let worker: WorkerProcess = await spawnWorker(taskQueue);
    const people = await Promise.all(Array.from({ length: PEOPLE }, () => journeys.refer()));

    let accepted = 0;
    const burst = Promise.all(
      people.map(async (participantId) => {
        for (const step of TO_AGREEMENT) {
          expect(await stepUntilAnswered(participantId, step, `${participantId}-${step}`)).toBe(200);
          accepted += 1;
        }
      }),
    );
    while (accepted < PEOPLE) await new Promise((tick) => setTimeout(tick, 20));
    worker.child.kill('SIGKILL');
    expect(await worker.exited).toBe('SIGKILL');
    const acceptedBeforeKill = accepted;
    worker = await spawnWorker(taskQueue);
    await burst;

    expect(acceptedBeforeKill).toBeLessThan(PEOPLE * TO_AGREEMENT.length);
    const dataSource = stack.api.get(DataSource);
    for (const participantId of people) {
      const steps = await dataSource
        .getRepository(JourneyStepEntity)
        .find({ where: { participantId }, order: { sequence: 'ASC' } });
      expect(steps.map((entry) => [entry.sequence, entry.step])).toEqual([
        [0, 'referral'],
        [1, 'identification'],
        [2, 'offer'],
        [3, 'guided-conversation'],
        [4, 'activation'],
        [5, 'care-plan'],
        [6, 'care-plan-agreement'],
      ]);
      const details = await journeys.details(participantId).expect(200);
      expect(details.body.stage).toBe('plan-agreed');
    }

    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
  }, 120_000);
});
