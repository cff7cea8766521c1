import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '@ipc/config';
import { createDataSource, JourneyStepEntity } from '@ipc/persistence';
import { createDataConverter, journeyWorkflowId } from '@ipc/temporal';
import { Client, Connection } from '@temporalio/client';
import { In } from 'typeorm';
import { freePort } from '../support/ports';
import { spawnApi, spawnWorker, type WorkerProcess } from '../support/worker-process';
import { deleteBenchRows, terminateWorkflows } from './cleanup';
import { forEachConcurrently } from './concurrency-pool';
import { referralBody } from './http-journeys';
import { FINAL_STAGE, stepsToAgreedPlan } from './journey-steps';
import { summariseLatencies } from './latency-stats';
import { distinctNhsNumbers } from './nhs-numbers';
import { loadLine, table } from './report';
import { runBench } from './run-bench';

/**
 * `npm run bench:scale-out` (after `npm run build`, against a running Temporal server, PostgreSQL and
 * Redis, as `npm start` leaves them): 2 API and 2 worker processes on a task queue of their own walk
 * SCALE_PEOPLE people (default 200) from referral to an agreed plan, SCALE_CONCURRENCY (default 20)
 * in flight, each person's requests spread over both APIs as a load balancer would. Once a third of
 * the steps are in, one worker and one API are SIGKILLed and stay dead. The client does what a real
 * one does: a request that fails (a dropped connection, a 5xx) is sent again with the same
 * Idempotency-Key, to the other API. Then every person's timeline must hold each step exactly once
 * and every journey must stand at an agreed plan. Exits 1 otherwise. Leaves nothing behind.
 */

const TOKEN = process.env.BENCH_TOKEN || 'dev-care-team-token';
const PEOPLE = Number(process.env.SCALE_PEOPLE || 200);
const CONCURRENCY = Number(process.env.SCALE_CONCURRENCY || 20);
const KILL_AFTER_SHARE = 1 / 3;
/** Bounds each attempt; a request still unanswered is retried like a failed one. */
const ATTEMPT_TIMEOUT_MS = 35_000;
/** A request that fails this often in a row is a failure of the run, not an outage to ride out. */
const MAX_ATTEMPTS = 20;
const RETRY_PAUSE_MS = 250;

const EXPECTED_TIMELINE = ['referral', ...stepsToAgreedPlan().map((step) => step.name)];

interface Run {
  apiUrls: string[];
  /** Which APIs still answer: a killed one is skipped once its death has been seen. */
  alive: boolean[];
  stepLatencies: number[];
  referralLatencies: number[];
  acceptedSteps: number;
  retries: Map<string, number>;
  failures: Map<string, number>;
  participantIds: string[];
}

const count = (tally: Map<string, number>, key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);

/** One write, retried with its key on another live API until it is answered below 500. */
async function send(run: Run, lane: number, path: string, body: object): Promise<Record<string, unknown>> {
  const key = randomUUID();
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const live = run.apiUrls.filter((_, index) => run.alive[index]);
    const apiUrl = live[(lane + attempt) % live.length];
    try {
      const response = await fetch(`${apiUrl}/api/v1/participants${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      });
      const text = await response.text();
      if (response.ok) return JSON.parse(text) as Record<string, unknown>;
      if (response.status < 500) throw new Error(`HTTP ${response.status}`);
      count(run.retries, `HTTP ${response.status}`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('HTTP 4')) throw error;
      const cause =
        error instanceof Error ? ((error.cause as { code?: string } | undefined)?.code ?? error.name) : 'error';
      count(run.retries, cause);
      if (cause === 'ECONNREFUSED') run.alive[run.apiUrls.indexOf(apiUrl)] = false;
    }
    await new Promise((pause) => setTimeout(pause, RETRY_PAUSE_MS));
  }
  throw new Error(`no answer after ${MAX_ATTEMPTS} attempts`);
}

async function walkOnePerson(run: Run, nhsNumber: string, lane: number): Promise<void> {
  try {
    let started = performance.now();
    const { id } = await send(run, lane, '', referralBody(nhsNumber));
    run.referralLatencies.push(performance.now() - started);
    run.participantIds.push(String(id));
    let stage: unknown;
    for (const step of stepsToAgreedPlan()) {
      started = performance.now();
      stage = (await send(run, lane, `/${String(id)}/${step.httpPath}`, step.httpBody)).stage;
      run.stepLatencies.push(performance.now() - started);
      run.acceptedSteps++;
    }
    if (stage !== FINAL_STAGE) throw new Error(`ended in stage ${String(stage)}`);
  } catch (error) {
    count(run.failures, error instanceof Error ? error.message : String(error));
  }
}

/** Each person's timeline, as recorded: the step names in sequence order. */
async function recordedTimelines(participantIds: string[]): Promise<Map<string, string[]>> {
  const dataSource = await createDataSource(loadConfig().databaseUrl).initialize();
  try {
    const rows = await dataSource
      .getRepository(JourneyStepEntity)
      .find({ where: { participantId: In(participantIds) }, order: { sequence: 'ASC' } });
    const timelines = new Map<string, string[]>(participantIds.map((id) => [id, []]));
    for (const row of rows) timelines.get(row.participantId)?.push(row.step);
    return timelines;
  } finally {
    await dataSource.destroy();
  }
}

async function main(): Promise<number> {
  const config = loadConfig();
  const taskQueue = `scale-out-${Date.now()}`;
  const ports = [await freePort(), await freePort()];
  const processes: WorkerProcess[] = [];
  const run: Run = {
    apiUrls: ports.map((port) => `http://127.0.0.1:${port}`),
    alive: [true, true],
    stepLatencies: [],
    referralLatencies: [],
    acceptedSteps: 0,
    retries: new Map(),
    failures: new Map(),
    participantIds: [],
  };
  const [workerA, workerB, apiA, apiB] = await Promise.all([
    spawnWorker(taskQueue),
    spawnWorker(taskQueue),
    spawnApi(taskQueue, ports[0]),
    spawnApi(taskQueue, ports[1]),
  ]);
  processes.push(workerA, workerB, apiA, apiB);
  const connection = await Connection.connect({ address: config.temporal.address });
  const client = new Client({
    connection,
    namespace: config.temporal.namespace,
    dataConverter: createDataConverter(config.temporal.payloadKey),
  });
  let passed: boolean | undefined;
  try {
    const totalSteps = PEOPLE * stepsToAgreedPlan().length;
    let killedAt: { steps: number; seconds: number } | undefined;
    const startedAt = performance.now();
    const killer = (async () => {
      while (run.acceptedSteps < totalSteps * KILL_AFTER_SHARE && run.failures.size === 0) {
        await new Promise((tick) => setTimeout(tick, 20));
      }
      workerA.child.kill('SIGKILL');
      apiA.child.kill('SIGKILL');
      killedAt = { steps: run.acceptedSteps, seconds: (performance.now() - startedAt) / 1000 };
    })();
    await forEachConcurrently(distinctNhsNumbers(PEOPLE), CONCURRENCY, (nhsNumber, index) =>
      walkOnePerson(run, nhsNumber, index),
    );
    const wallSeconds = (performance.now() - startedAt) / 1000;
    await killer;

    const timelines = await recordedTimelines(run.participantIds);
    const wrong = [...timelines].filter(([, steps]) => steps.join() !== EXPECTED_TIMELINE.join());
    const stuck = await journeysNotAgreed(run, run.participantIds);
    const steps = summariseLatencies(run.stepLatencies);
    const referrals = summariseLatencies(run.referralLatencies);
    console.log(
      [
        '',
        `Scale-out: 2 APIs + 2 workers on task queue ${taskQueue}, ${PEOPLE} people x ${stepsToAgreedPlan().length} steps, ${CONCURRENCY} in flight; ${loadLine()}`,
        `killed   worker pid ${workerA.child.pid} and API pid ${apiA.child.pid} (SIGKILL) after ${killedAt?.steps ?? '-'} steps, ${killedAt?.seconds.toFixed(1) ?? '-'} s in`,
        '',
        table([
          [
            'people',
            'completed',
            'steps',
            'wall s',
            'steps/s',
            'step p50 ms',
            'p95 ms',
            'p99 ms',
            'max ms',
            'referral p50 ms',
          ],
          [
            String(PEOPLE),
            String(PEOPLE - [...run.failures.values()].reduce((sum, n) => sum + n, 0)),
            String(run.acceptedSteps),
            wallSeconds.toFixed(1),
            (run.acceptedSteps / wallSeconds).toFixed(1),
            steps.p50.toFixed(1),
            steps.p95.toFixed(1),
            steps.p99.toFixed(1),
            steps.max.toFixed(1),
            referrals.p50.toFixed(1),
          ],
        ]),
        '',
        `retried with the same key: ${[...run.retries].map(([why, n]) => `${why} x${n}`).join(', ') || 'none'}`,
        `failed requests: ${[...run.failures].map(([why, n]) => `${why} x${n}`).join(', ') || 'none'}`,
        `timelines with each step exactly once: ${timelines.size - wrong.length}/${timelines.size}`,
        ...wrong.slice(0, 5).map(([id, recorded]) => `  ${id}: ${recorded.join(', ')}`),
        `journeys at ${FINAL_STAGE} (none stuck): ${run.participantIds.length - stuck}/${run.participantIds.length}`,
        '',
      ].join('\n'),
    );
    passed = run.failures.size === 0 && wrong.length === 0 && stuck === 0 && run.participantIds.length === PEOPLE;
  } finally {
    const notTerminated = await terminateWorkflows(client, run.participantIds.map(journeyWorkflowId), CONCURRENCY);
    const dataSource = await createDataSource(config.databaseUrl).initialize();
    await deleteBenchRows(dataSource, { benchSiteId: `none-${taskQueue}`, httpParticipantIds: run.participantIds });
    await dataSource.destroy();
    await connection.close();
    for (const survivor of processes.filter(
      (process) => process.child.exitCode === null && process.child.signalCode === null,
    )) {
      survivor.child.kill('SIGTERM');
      await survivor.exited;
    }
    if (notTerminated) passed = false;
  }
  return passed === true ? 0 : 1;
}

/** How many journeys the surviving API does not show at an agreed plan (asked of their workflows). */
async function journeysNotAgreed(run: Run, participantIds: string[]): Promise<number> {
  const apiUrl = run.apiUrls.find((_, index) => run.alive[index]) ?? run.apiUrls[1];
  let notAgreed = 0;
  await forEachConcurrently(participantIds, CONCURRENCY, async (id) => {
    const response = await fetch(`${apiUrl}/api/v1/participants/${id}`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    const body = (await response.json()) as { stage?: string };
    if (body.stage !== FINAL_STAGE) notAgreed++;
  });
  return notAgreed;
}

runBench(main);
