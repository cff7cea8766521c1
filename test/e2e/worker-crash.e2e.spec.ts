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

  /**
   * PEOPLE people stepped to an agreed plan at once; once PEOPLE steps are in, `kill` runs while the
   * rest are in flight. Returns the people and how many steps had been accepted before the kill.
   */
  async function burstWithKill(kill: () => Promise<void>): Promise<{ people: string[]; acceptedBeforeKill: number }> {
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
    const acceptedBeforeKill = accepted;
    await kill();
    await burst;
    return { people, acceptedBeforeKill };
  }

  /** Every person's timeline holds each step exactly once, in order, and the journey is at an agreed plan. */
  async function expectEveryStepOnce(people: string[]): Promise<void> {
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
  }

  async function stop(worker: WorkerProcess): Promise<void> {
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
  }

  it('should lose no accepted step, apply none twice and leave no journey stuck; SIGTERM then exits 0', async () => {
    const taskQueue = stack.config.temporal.taskQueue;
    let worker: WorkerProcess = await spawnWorker(taskQueue);

    const { people, acceptedBeforeKill } = await burstWithKill(async () => {
      worker.child.kill('SIGKILL');
      expect(await worker.exited).toBe('SIGKILL');
      worker = await spawnWorker(taskQueue);
    });

    expect(acceptedBeforeKill).toBeLessThan(PEOPLE * TO_AGREEMENT.length);
    await expectEveryStepOnce(people);
    await stop(worker);
  }, 120_000);

  it('should carry on with the other of two workers on the queue, neither restarted, each step recorded once', async () => {
    const taskQueue = stack.config.temporal.taskQueue;
    const [killed, survivor] = await Promise.all([spawnWorker(taskQueue), spawnWorker(taskQueue)]);

    const { people, acceptedBeforeKill } = await burstWithKill(async () => {
      killed.child.kill('SIGKILL');
      expect(await killed.exited).toBe('SIGKILL');
    });

    expect(acceptedBeforeKill).toBeLessThan(PEOPLE * TO_AGREEMENT.length);
    await expectEveryStepOnce(people);
    await stop(survivor);
  }, 120_000);
});
