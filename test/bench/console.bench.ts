import 'reflect-metadata';
import { get } from 'node:http';
import { cpus } from 'node:os';
import { loadConfig } from '@ipc/config';
import { londonDate } from '@ipc/domain';
import { createDataSource, dropDatabase, migrateDatabase } from '@ipc/persistence';
import type { Page } from 'playwright-core';
import { budgetBody, resourceAllocation } from '../factories/budget.factory';
import { type ConsoleInBrowser, signIn, startConsoleInBrowser } from '../support/console-browser';
import { JourneyClient, TO_AGREEMENT } from '../support/journey-client';
import { startTemporalDevServer } from '../support/temporal-dev-server';
import { timeRepeatedly } from './latency-stats';
import { loadLine, table } from './report';
import { runBench } from './run-bench';
import { seedWorklistSite } from './worklists-seed';

/**
 * `npm run bench:console`: the console's pages at a site of BENCH_SIZE people (default 100000).
 * Seeds the dev identity provider's site (`dev-site`) into a database of its own
 * (ipc_console_bench_<size>, kept for the next run; BENCH_RESEED=1 seeds again) with the worklists
 * bench's seeder, the signed-in coordinator's team holding a twentieth of it and the coordinator
 * about forty cases; walks one real journey (Temporal, the worker) to a budget with spend, then
 * times BENCH_REQUESTS (default 100) sequential requests of each page after 10 to warm up, as a
 * browser's signed-in session asks for them. Prints p50/p95/max in ms (request to last byte on
 * this machine: the console's time and the API's behind it) and the page's size in KB (its HTML, and
 * as sent gzipped; the design system's styles and scripts are cached files of their own, printed once).
 */
const SITE = 'dev-site';
const SEEDED_BY = 'bench-seed';
const today = londonDate(new Date());

function setting(name: string, fallback: string): string {
  return process.env[name] || fallback;
}

async function prepareDatabase(databaseUrl: string, size: number, coordinatorId: string): Promise<void> {
  if (process.env.BENCH_RESEED === '1') await dropDatabase(databaseUrl);
  await migrateDatabase(databaseUrl);
  const dataSource = await createDataSource(databaseUrl).initialize();
  try {
    const [{ people }] = await dataSource.query(
      `SELECT count(*)::int AS people FROM participants WHERE site_id = $1 AND referred_by = $2`,
      [SITE, SEEDED_BY],
    );
    if (people === size) return;
    if (people > 0) throw new Error(`the database holds ${people} seeded people: run with BENCH_RESEED=1`);
    const started = performance.now();
    await seedWorklistSite(dataSource, size, today, SITE);
    // The signed-in coordinator's team and caseload, as the seed's first team and first staff member.
    await dataSource.query(`UPDATE participants SET team_id = 'dev-team' WHERE site_id = $1 AND team_id = 'team-00'`, [
      SITE,
    ]);
    await dataSource.query(
      `UPDATE participants SET coordinator_id = $2 WHERE site_id = $1 AND coordinator_id = 'staff-0'`,
      [SITE, coordinatorId],
    );
    await dataSource.query(`VACUUM ANALYZE participants`);
    console.log(`  seeded ${size} people in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await dataSource.destroy();
  }
}

/** One journey the person page can show in full: an agreed plan, an ISR, a budget of two parts and a payment. */
async function walkToBudgetWithSpend(running: ConsoleInBrowser): Promise<{ id: string; nhsNumber: string }> {
  const [coordinator, admin] = await Promise.all([
    running.provider.signIn('coordinator'),
    running.provider.signIn('admin'),
  ]);
  const http = running.stack.http;
  await http
    .put('/api/v1/site/resource-allocation')
    .set('Authorization', `Bearer ${admin}`)
    .send(resourceAllocation())
    .expect(200);
  const id = await new JourneyClient(http, { token: coordinator }).walk(TO_AGREEMENT);
  const post = (path: string, body: object) =>
    http.post(`/api/v1/participants/${id}/${path}`).set('Authorization', `Bearer ${coordinator}`).send(body);
  await post('budget/indicative', { needBand: 'high', contributionPence: 120_000, effectiveDate: '2026-10-12' }).expect(
    200,
  );
  const budgeted = await post('budget', budgetBody()).expect(200);
  const planItemId = budgeted.body.carePlan.items[0].itemId as string;
  await post('spend', {
    planItemId,
    amountPence: 12_500,
    spentOn: '2026-11-02',
    source: 'provider-invoice',
    kind: 'spend',
  }).expect(201);
  const details = await http
    .get(`/api/v1/participants/${id}`)
    .set('Authorization', `Bearer ${coordinator}`)
    .expect(200);
  return { id, nhsNumber: details.body.nhsNumber as string };
}

/** The signed-in session's cookies, for fetch to ask for pages as that browser would. */
async function sessionCookie(page: Page): Promise<string> {
  const cookies = await page.context().cookies();
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}

/** The bytes a browser asking for gzip is sent for a path (fetch would count them unpacked). */
function sentBytes(url: string, cookie = ''): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { Cookie: cookie, 'Accept-Encoding': 'gzip' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve(bytes));
    }).on('error', reject);
  });
}

async function timePage(baseUrl: string, cookie: string, path: string, requests: number) {
  const call = async () => {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${path}`, { headers: { Cookie: cookie }, redirect: 'manual' });
    const body = await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    return { milliseconds: performance.now() - started, bytes: body.byteLength };
  };
  return timeRepeatedly(call, requests);
}

async function main(): Promise<number> {
  const size = Number(setting('BENCH_SIZE', '100000'));
  const requests = Number(setting('BENCH_REQUESTS', '100'));
  console.log(`console pages benchmark: ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), node ${process.version}`);
  const databaseUrl = new URL(loadConfig().databaseUrl);
  databaseUrl.pathname = `/ipc_console_bench_${size}`;
  // The provider's coordinator signs in as dev-coordinator (its subject), the id cases are held under.
  await prepareDatabase(databaseUrl.toString(), size, 'dev-coordinator');
  const temporal = await startTemporalDevServer();
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl.toString(),
    TEMPORAL_ADDRESS: temporal.address,
    LOG_LEVEL: 'error',
  });
  let running: ConsoleInBrowser | undefined;
  try {
    running = await startConsoleInBrowser();
    const { id: personId, nhsNumber } = await walkToBudgetWithSpend(running);
    const coordinator = await signIn(running, await running.browser.newContext(), 'coordinator');
    const lead = await signIn(running, await running.browser.newContext(), 'lead');
    const [coordinatorCookie, leadCookie] = await Promise.all([sessionCookie(coordinator), sessionCookie(lead)]);
    const pages = [
      { label: 'home (caseload and worklists)', path: '/', cookie: coordinatorCookie },
      { label: 'search by NHS number', path: `/search?q=${nhsNumber}`, cookie: coordinatorCookie },
      { label: 'search, everyone (newest first)', path: '/search', cookie: coordinatorCookie },
      { label: 'a person (budget, spend, statements)', path: `/people/${personId}`, cookie: coordinatorCookie },
      { label: 'a step form (a review)', path: `/people/${personId}/steps/review`, cookie: coordinatorCookie },
      { label: 'a step form (the budget)', path: `/people/${personId}/steps/budget`, cookie: coordinatorCookie },
      { label: 'spend', path: `/people/${personId}/spend`, cookie: coordinatorCookie },
      { label: 'programme dashboard', path: '/programme', cookie: leadCookie },
    ];
    const kilobytes = (bytes: number) => (bytes / 1024).toFixed(1);
    const rows = [['page', 'p50 ms', 'p95 ms', 'max ms', 'HTML KB', 'sent KB']];
    for (const page of pages) {
      const summary = await timePage(running.baseUrl, page.cookie, page.path, requests);
      const sent = await sentBytes(`${running.baseUrl}${page.path}`, page.cookie);
      const timings = [summary.p50, summary.p95, summary.max].map((milliseconds) => milliseconds.toFixed(1));
      rows.push([page.label, ...timings, kilobytes(summary.bytes), kilobytes(sent)]);
    }
    const assets = await Promise.all(
      [
        '/nhsuk/nhsuk-frontend.min.css',
        '/nhsuk/nhsuk-frontend.min.js',
        '/console/console.css',
        '/console/console.js',
      ].map((path) => sentBytes(`${running?.baseUrl}${path}`)),
    );
    console.log(
      `\n${size} people at ${SITE}; ${requests} sequential requests per page after 10 to warm up; ${loadLine()}\n`,
    );
    console.log(table(rows));
    const assetBytes = assets.reduce((sum, bytes) => sum + bytes, 0);
    console.log(`\nstyles and scripts, sent once and cached a day: ${kilobytes(assetBytes)} KB`);
    return 0;
  } finally {
    await running?.close();
    temporal.process.kill('SIGTERM');
  }
}

runBench(main);
