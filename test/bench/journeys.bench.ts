import 'reflect-metadata';
import { type AppConfig, loadConfig } from '@ipc/config';
import { londonDate } from '@ipc/domain';
import { createDataSource } from '@ipc/persistence';
import { createDataConverter, journeyWorkflowId } from '@ipc/temporal';
import { Client, Connection } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { type BenchSettings, readBenchSettings } from './bench-settings';
import { deleteBenchRows, terminateWorkflows } from './cleanup';
import { type DirectCreated, type DirectTarget, insertDirectParticipants, walkJourneysDirect } from './direct-journeys';
import { type HttpCreated, type HttpTarget, walkJourneysOverHttp } from './http-journeys';
import { distinctNhsNumbers } from './nhs-numbers';
import { type FloorCreated, type FloorTarget, walkFloorJourneys } from './floor-journeys';
import { type FloorWorker, startFloorWorker } from './floor-worker';
import { PathRecorder } from './path-recorder';
import {
  type BenchPaths,
  type MemoryReading,
  printAuditAppendCost,
  printAuditOverhead,
  printMemory,
  printReport,
} from './report';
import { compareAuditOverhead, startAuditComparisonApis, timeAuditAppends } from './audit-overhead';
import { findStackProcesses, residentMiB, type StackProcesses } from './stack-processes';
import { runBench } from './run-bench';

/**
 * `npm run bench:journeys`: walks BENCH_PEOPLE people from referral to an agreed care plan through
 * the HTTP API, then straight through the Temporal client, then the floor (a bare start and a no-op
 * update per step of a trivial workflow, on the bench's own task queue and worker), with
 * BENCH_CONCURRENCY people in flight and again one at a time, against a running stack, and reads
 * the API's and worker's memory after warm-up and at the end. Leaves nothing behind: workflows are
 * terminated and the rows deleted. Exits 1 if any request failed.
 */

/** One person per path before the clock starts, so JIT, connection pools and the worker's cache are warm. */
const WARM_UP_PEOPLE = 1;
/** Audit entries appended one after another to time the audit's own cost. */
const AUDIT_APPENDS_TIMED = 500;

interface BenchContext {
  settings: BenchSettings;
  config: AppConfig;
  client: Client;
  dataSource: DataSource;
  benchSiteId: string;
  http: HttpTarget;
  direct: DirectTarget;
  floor: FloorTarget;
  httpCreated: HttpCreated;
  directCreated: DirectCreated;
  floorCreated: FloorCreated;
  stack: StackProcesses;
}

async function connectTemporal(config: AppConfig): Promise<Client> {
  const connection = await Connection.connect({ address: config.temporal.address });
  return new Client({
    connection,
    namespace: config.temporal.namespace,
    dataConverter: createDataConverter(config.temporal.payloadKey),
  });
}

/** The three paths over `people` people each; the recorders say what happened. */
async function walkAllPaths(context: BenchContext, people: number, concurrency: number, label: string) {
  const [httpNumbers, directNumbers] = splitInTwo(distinctNhsNumbers(people * 2));
  const http = new PathRecorder(`HTTP API${label}`);
  await walkJourneysOverHttp(context.http, httpNumbers, concurrency, http, context.httpCreated);

  const journeys = await insertDirectParticipants(
    context.dataSource,
    context.benchSiteId,
    directNumbers,
    londonDate(new Date()),
  );
  const direct = new PathRecorder(`Temporal direct${label}`);
  await walkJourneysDirect(context.direct, journeys, concurrency, direct, context.directCreated);

  const floor = new PathRecorder(`floor${label}`);
  await walkFloorJourneys(context.floor, people, concurrency, floor, context.floorCreated);
  return { http, direct, floor };
}

const failuresIn = (paths: BenchPaths) =>
  paths.http.failureCount + paths.direct.failureCount + paths.floor.failureCount;

function readMemory(context: BenchContext, label: string): MemoryReading {
  return { label, apiMiB: residentMiB(context.stack.apiPid), workerMiB: residentMiB(context.stack.workerPid) };
}

function splitInTwo<T>(items: readonly T[]): [T[], T[]] {
  const half = Math.ceil(items.length / 2);
  return [items.slice(0, half), items.slice(half)];
}

/** Terminates every journey the run started and deletes its rows; true when all of it went. */
async function cleanUp(context: BenchContext): Promise<boolean> {
  const workflowIds = [
    ...context.httpCreated.participantIds.map(journeyWorkflowId),
    ...context.directCreated.workflowIds,
    ...context.floorCreated.workflowIds,
  ];
  // Journeys first: a live one could still be writing the rows about to be deleted.
  const notTerminated = await terminateWorkflows(context.client, workflowIds, context.settings.concurrency);
  const deleted = await deleteBenchRows(context.dataSource, {
    benchSiteId: context.benchSiteId,
    httpParticipantIds: context.httpCreated.participantIds,
  });
  console.log(
    `cleanup: terminated ${workflowIds.length - notTerminated}/${workflowIds.length} workflows, deleted ${deleted} participants`,
  );
  return notTerminated === 0;
}

async function runBenchmark(context: BenchContext): Promise<boolean> {
  const { settings } = context;
  const warmUp = await walkAllPaths(context, WARM_UP_PEOPLE, 1, ' (warm-up)');
  if (failuresIn(warmUp)) {
    printReport(describeRun(context, WARM_UP_PEOPLE, 1), warmUp);
    console.error('warm-up failed (failures above), so the timed run was skipped');
    return false;
  }
  const afterWarmUp = readMemory(context, 'after warm-up');
  const inFlight = await walkAllPaths(context, settings.people, settings.concurrency, '');
  printReport(describeRun(context, settings.people, settings.concurrency), inFlight);
  const oneAtATime = await walkAllPaths(context, settings.serialPeople, 1, ', 1 in flight');
  printReport(describeRun(context, settings.serialPeople, 1), oneAtATime);
  const audit = settings.auditComparison ? await measureAuditOverhead(context) : true;
  const soak = await soakOverHttp(context);
  printMemory(afterWarmUp, readMemory(context, `after ${journeysWalked(context)} journeys`));
  return failuresIn(inFlight) === 0 && failuresIn(oneAtATime) === 0 && audit && soak;
}

/** Journeys the stack's API and worker have carried since the bench began (the floor's are not theirs). */
function journeysWalked(context: BenchContext): number {
  return context.httpCreated.participantIds.length + context.directCreated.workflowIds.length;
}

/** BENCH_SOAK_JOURNEYS more over HTTP, so the second memory reading comes after that many; true if none failed. */
async function soakOverHttp(context: BenchContext): Promise<boolean> {
  const { soakJourneys, concurrency } = context.settings;
  if (soakJourneys === 0) return true;
  const soak = new PathRecorder('HTTP API (soak)');
  await walkJourneysOverHttp(context.http, distinctNhsNumbers(soakJourneys), concurrency, soak, context.httpCreated);
  const seconds = (soak.wallMilliseconds / 1000).toFixed(1);
  console.log(
    `soak: ${soak.completedJourneys}/${soakJourneys} journeys over HTTP in ${seconds} s, ${soak.failureCount} failed`,
  );
  return soak.failureCount === 0;
}

/**
 * The HTTP walk again through two APIs of this process, with the audit on and off, at the bench's
 * concurrency and one at a time, and the audit's own cost per entry; true if nothing failed.
 */
async function measureAuditOverhead(context: BenchContext): Promise<boolean> {
  const { settings } = context;
  const apis = await startAuditComparisonApis(settings.token);
  try {
    await compareAuditOverhead(apis, distinctNhsNumbers(8), 1, context.httpCreated);
    const inFlight = await compareAuditOverhead(
      apis,
      distinctNhsNumbers(settings.people),
      settings.concurrency,
      context.httpCreated,
    );
    printAuditOverhead(describeRun(context, settings.people, settings.concurrency), inFlight);
    const oneAtATime = await compareAuditOverhead(
      apis,
      distinctNhsNumbers(settings.serialPeople * 2),
      1,
      context.httpCreated,
    );
    printAuditOverhead(describeRun(context, settings.serialPeople * 2, 1), oneAtATime);
    printAuditAppendCost(await timeAuditAppends(apis, context.benchSiteId, AUDIT_APPENDS_TIMED), oneAtATime.unaudited);
    return [inFlight, oneAtATime].every(
      ({ audited, unaudited }) => audited.failureCount + unaudited.failureCount === 0,
    );
  } finally {
    await apis.close();
  }
}

function describeRun(context: BenchContext, people: number, concurrency: number) {
  const { address, taskQueue } = context.config.temporal;
  return { people, concurrency, apiUrl: context.http.apiUrl, temporalAddress: address, taskQueue };
}

async function main(): Promise<number> {
  const settings = readBenchSettings();
  const config = loadConfig();
  const client = await connectTemporal(config);
  const dataSource = await createDataSource(config.databaseUrl).initialize();
  const floorTaskQueue = `bench-floor-${Date.now()}`;
  let floorWorker: FloorWorker | undefined;
  const context: BenchContext = {
    settings,
    config,
    client,
    dataSource,
    benchSiteId: `bench-site-${Date.now()}`,
    http: { apiUrl: settings.apiUrl, token: settings.token },
    direct: { client, taskQueue: config.temporal.taskQueue },
    floor: { client, taskQueue: floorTaskQueue },
    httpCreated: { participantIds: [] },
    directCreated: { workflowIds: [] },
    floorCreated: { workflowIds: [] },
    stack: findStackProcesses(settings.apiUrl),
  };
  let passed: boolean | undefined;
  try {
    floorWorker = await startFloorWorker(floorTaskQueue);
    passed = await runBenchmark(context);
  } finally {
    // Also after a crash mid-run, so a failed run leaves nothing behind either.
    try {
      if (!(await cleanUp(context))) passed = false;
    } finally {
      await floorWorker?.stop();
      await dataSource.destroy();
      await client.connection.close();
    }
  }
  return passed === true ? 0 : 1;
}

runBench(main);
