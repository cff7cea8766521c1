import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JourneyClient, type StepKey, TO_PLANNING } from '../support/journey-client';
import { freePort } from '../support/ports';
import { type RunningTemporal, startTemporalDevServer } from '../support/temporal-dev-server';
import { startTestStack, type TestStack } from '../support/test-stack';

const PEOPLE = 8;
/** Longer than the Temporal client's own retries of an unreachable server, so requests meet the outage. */
const OUTAGE_MS = 20_000;
/** A step's workflow is waited for at most 30 s (README, Operating it); an answer comes within that and some. */
const ANSWER_WITHIN_MS = 35_000;
const RETRY_PAUSE_MS = 300;

interface Answer {
  status: number;
  retryAfter?: string;
  contentType?: string;
  tookMs: number;
}

describe('the Temporal server killed and restarted in the middle of a burst of steps', () => {
  const runTemporalAddress = process.env.TEMPORAL_ADDRESS;
  let storeDir: string;
  let port: number;
  let temporal: RunningTemporal;
  let stack: TestStack;
  let journeys: JourneyClient;

  const startTemporal = () => startTemporalDevServer({ port, dbFile: join(storeDir, 'temporal.db') });

  beforeAll(async () => {
    storeDir = await mkdtemp(join(tmpdir(), 'ipc-temporal-restart-'));
    port = await freePort();
    temporal = await startTemporal();
    // This file's API and worker use a server of their own, one that can be killed and started again.
    process.env.TEMPORAL_ADDRESS = temporal.address;
    stack = await startTestStack();
    journeys = new JourneyClient(stack.http);
  }, 120_000);

  afterAll(async () => {
    await stack?.close();
    temporal?.process.kill('SIGKILL');
    process.env.TEMPORAL_ADDRESS = runTemporalAddress;
    await rm(storeDir, { recursive: true, force: true });
  });

  /** Sends a step until it is taken, each time with the same key, as a client told to retry would. */
  async function stepUntilTaken(participantId: string, step: StepKey, answers: Answer[]): Promise<void> {
    for (;;) {
      const started = Date.now();
      const response = await journeys.step(participantId, step, {}, `${participantId}-${step}`);
      answers.push({
        status: response.status,
        retryAfter: response.headers['retry-after'],
        contentType: response.headers['content-type'],
        tookMs: Date.now() - started,
      });
      if (response.status === 200) return;
      await new Promise((resume) => setTimeout(resume, RETRY_PAUSE_MS));
    }
  }

  it('should answer 503 with Retry-After while it is away, then take each retried step exactly once', async () => {
    // Walked to planning undisturbed: the timeline every person of the burst must end with.
    const undisturbed = await journeys.walk(TO_PLANNING);
    const people = await Promise.all(Array.from({ length: PEOPLE }, () => journeys.refer()));
    const answers: Answer[] = [];
    const burst = Promise.all(
      people.map(async (participantId) => {
        for (const step of TO_PLANNING) await stepUntilTaken(participantId, step, answers);
      }),
    );

    // Killed as a crash would leave it (no shutdown) once the burst is under way, with steps in flight.
    while (answers.filter((answer) => answer.status === 200).length < PEOPLE) {
      await new Promise((resume) => setTimeout(resume, 20));
    }
    temporal.process.kill('SIGKILL');
    await new Promise((resume) => temporal.process.once('exit', resume));
    await new Promise((resume) => setTimeout(resume, OUTAGE_MS));
    temporal = await startTemporal();
    await burst;

    const refusals = answers.filter((answer) => answer.status !== 200);
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.map((answer) => answer.status)).toEqual(refusals.map(() => 503));
    for (const refusal of refusals) {
      expect(refusal.retryAfter).toBe('5');
      expect(refusal.contentType).toContain('application/problem+json');
    }
    expect(Math.max(...answers.map((answer) => answer.tookMs))).toBeLessThan(ANSWER_WITHIN_MS);

    const stepsOf = async (participantId: string) =>
      (await journeys.timeline(participantId)).map((entry) => entry.step);
    const expected = await stepsOf(undisturbed);
    for (const participantId of people) {
      expect(await stepsOf(participantId)).toEqual(expected);
      expect((await journeys.details(participantId).expect(200)).body.stage).toBe('planning');
    }
  }, 180_000);
});
