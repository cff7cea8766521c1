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
import { PathRecorder } from './path-recorder';
import { printAuditOverhead, printReport } from './report';
import { compareAuditOverhead, startAuditComparisonApis } from './audit-overhead';

/**
 * `npm run bench:journeys`: walks BENCH_PEOPLE people from referral to an agreed care plan, first
 * through the HTTP API, then straight through the Temporal client (the engine's floor), with
 * BENCH_CONCURRENCY people in flight, against a running stack. Leaves nothing behind: journeys are
 * terminated and the rows deleted. Exits 1 if any request failed.
 */

/** One person per path before the clock starts, so JIT, connection pools and the worker's cache are warm. */
const WARM_UP_PEOPLE = 1;

interface BenchContext {
  settings: BenchSettings;
  config: AppConfig;
  client: Client;
  dataSource: DataSource;
  benchSiteId: string;
  http: HttpTarget;
  direct: DirectTarget;
  httpCreated: HttpCreated;
  directCreated: DirectCreated;
}

async function connectTemporal(config: AppConfig): Promise<Client> {
  const connection = await Connection.connect({ address: config.temporal.address });
  return new Client({
    connection,
    namespace: config.temporal.namespace,
    dataConverter: createDataConverter(config.temporal.payloadKey),
  });
}

/** Both paths over `people` people; the recorders say what happened. */
async function walkBothPaths(context: BenchContext, people: number, concurrency: number, label: string) {
  const [httpNumbers, directNumbers] = splitInTwo(distinctNhsNumbers(people * 2));
  const overHttp = new PathRecorder(`HTTP API${label}`);
  await walkJourneysOverHttp(context.http, httpNumbers, concurrency, overHttp, context.httpCreated);

  const journeys = await insertDirectParticipants(
    context.dataSource,
    context.benchSiteId,
    directNumbers,
    londonDate(new Date()),
  );
  const direct = new PathRecorder(`Temporal direct${label}`);
  await walkJourneysDirect(context.direct, journeys, concurrency, direct, context.directCreated);
  return { overHttp, direct };
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
  ];
  // Journeys first: a live one could still be writing the rows about to be deleted.
  const notTerminated = await terminateWorkflows(context.client, workflowIds, context.settings.concurrency);
  const deleted = await deleteBenchRows(context.dataSource, {
    benchSiteId: context.benchSiteId,
    httpParticipantIds: context.httpCreated.participantIds,
  });
  console.log(
    `cleanup: terminated ${workflowIds.length - notTerminated}/${workflowIds.length} journeys, deleted ${deleted} participants`,
  );
  return notTerminated === 0;
}

async function runBenchmark(context: BenchContext): Promise<boolean> {
  const { settings } = context;
  const warmUp = await walkBothPaths(context, WARM_UP_PEOPLE, 1, ' (warm-up)');
  if (warmUp.overHttp.failureCount || warmUp.direct.failureCount) {
    printReport(describeRun(context, WARM_UP_PEOPLE, 1), warmUp.overHttp, warmUp.direct);
    console.error('warm-up failed (failures above), so the timed run was skipped');
    return false;
  }
  const { overHttp, direct } = await walkBothPaths(context, settings.people, settings.concurrency, '');
  printReport(describeRun(context, settings.people, settings.concurrency), overHttp, direct);
  const audit = await measureAuditOverhead(context);
  return overHttp.failureCount === 0 && direct.failureCount === 0 && audit;
}

/** The HTTP walk again through two APIs of this process, with the audit on and off; true if nothing failed. */
async function measureAuditOverhead(context: BenchContext): Promise<boolean> {
  const { settings } = context;
  const apis = await startAuditComparisonApis(context.config, settings.token);
  try {
    await compareAuditOverhead(apis, distinctNhsNumbers(4), 1, context.httpCreated);
    const { audited, unaudited } = await compareAuditOverhead(
      apis,
      distinctNhsNumbers(settings.people),
      settings.concurrency,
      context.httpCreated,
    );
    printAuditOverhead(describeRun(context, settings.people, settings.concurrency), audited, unaudited);
    return audited.failureCount === 0 && unaudited.failureCount === 0;
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
  const context: BenchContext = {
    settings,
    config,
    client,
    dataSource,
    benchSiteId: `bench-site-${Date.now()}`,
    http: { apiUrl: settings.apiUrl, token: settings.token },
    direct: { client, taskQueue: config.temporal.taskQueue },
    httpCreated: { participantIds: [] },
    directCreated: { workflowIds: [] },
  };
  let passed: boolean | undefined;
  try {
    passed = await runBenchmark(context);
  } finally {
    // Also after a crash mid-run, so a failed run leaves nothing behind either.
    try {
      if (!(await cleanUp(context))) passed = false;
    } finally {
      await dataSource.destroy();
      await client.connection.close();
    }
  }
  return passed === true ? 0 : 1;
}

main().then(
  (exitCode) => {
    process.exitCode = exitCode;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
