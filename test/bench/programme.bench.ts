import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@ipc/config';
import { londonDate } from '@ipc/domain';
import { createDataSource, dropDatabase, migrateDatabase } from '@ipc/persistence';
import { installTemporalRuntime } from '@ipc/temporal';
import { createApiApp } from '../../apps/api/src/api-app';
import { startTemporalDevServer } from '../support/temporal-dev-server';
import { timeRepeatedly } from './latency-stats';
import { readModelsThatDisagree } from '../support/programme-recount';
import { SEED_ACTOR, seedSyntheticSite } from './programme-seed';
import { replicateSite } from './replicate-site';

/**
 * `npm run bench:programme`: for each size in BENCH_SIZES (default 10000,100000) seeds a synthetic
 * site into a database of its own (ipc_programme_bench_<size>, kept for the next run; BENCH_RESEED=1
 * seeds again), starts the API in this process against it (with a Temporal dev server, which the
 * API connects to at start), and times BENCH_REQUESTS (default 200) sequential requests to each
 * programme figure endpoint after a warm-up (all but the evaluation extract, which is one row per
 * consenting person by design). Prints p50/p95/p99 per endpoint and size with the machine's load
 * average as it ended, and what the read models hold at that size.
 */
const SITE = 'bench-programme';
const TOKEN = 'bench-programme-lead-token';
const METRICS_TOKEN = 'bench-metrics-token';
/** Sites above this size, in multiples of it, are copies of one this size (see replicate-site.ts). */
const SEEDED_UP_TO = 100_000;
const today = londonDate(new Date());
const twoYearsAgo = `${Number(today.slice(0, 4)) - 2}${today.slice(4)}`;
/** The quarter under way and the one before it (ended, so it never changes). */
const quarterOf = (year: number, month: number) => `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
const thisQuarter = quarterOf(year, month);
const lastQuarter = month > 3 ? quarterOf(year, month - 3) : quarterOf(year - 1, 12);

const ENDPOINTS: { label: string; path: string; accept?: string; token?: string }[] = [
  { label: 'throughput (last 12 months)', path: '/api/v1/programme/throughput' },
  { label: 'throughput (2 years)', path: `/api/v1/programme/throughput?from=${twoYearsAgo}&to=${today}` },
  { label: 'throughput as CSV', path: '/api/v1/programme/throughput', accept: 'text/csv' },
  { label: 'projection', path: '/api/v1/programme/projection' },
  { label: 'projection as CSV', path: '/api/v1/programme/projection', accept: 'text/csv' },
  { label: 'equality (all stages)', path: '/api/v1/programme/equality' },
  { label: 'equality?stage=planning', path: '/api/v1/programme/equality?stage=planning' },
  { label: 'equality as CSV', path: '/api/v1/programme/equality', accept: 'text/csv' },
  { label: 'outcomes (last 12 months)', path: '/api/v1/programme/outcomes' },
  { label: 'outcomes (2 years)', path: `/api/v1/programme/outcomes?from=${twoYearsAgo}&to=${today}` },
  { label: 'outcomes as CSV', path: '/api/v1/programme/outcomes', accept: 'text/csv' },
  { label: `data return ${lastQuarter} (ended)`, path: `/api/v1/programme/returns/${lastQuarter}` },
  { label: `data return ${thisQuarter} (under way)`, path: `/api/v1/programme/returns/${thisQuarter}` },
  { label: `data return ${lastQuarter} as CSV`, path: `/api/v1/programme/returns/${lastQuarter}`, accept: 'text/csv' },
  { label: '/metrics (gauges read at scrape)', path: '/metrics', token: METRICS_TOKEN },
];

function setting(name: string, fallback: string): string {
  return process.env[name] || fallback;
}

async function prepareDatabase(databaseUrl: string, size: number): Promise<void> {
  if (process.env.BENCH_RESEED === '1') await dropDatabase(databaseUrl);
  await migrateDatabase(databaseUrl);
  const dataSource = await createDataSource(databaseUrl).initialize();
  try {
    const [{ people }] = await dataSource.query(
      `SELECT count(*)::int AS people FROM participants WHERE site_id = $1 AND referred_by = $2`,
      [SITE, SEED_ACTOR],
    );
    if (people !== size) {
      const started = performance.now();
      const log = (message: string) => console.log(`  ${message}`);
      // Bigger sites are copies of one seeded, and checked, at the largest size seeded person by person.
      const seeded = size > SEEDED_UP_TO && size % SEEDED_UP_TO === 0 ? SEEDED_UP_TO : size;
      if (people !== seeded) {
        await seedSyntheticSite(dataSource, { siteId: SITE, people: seeded, years: 2, mode: 'bulk', log });
        const disagreeing = await readModelsThatDisagree(dataSource, SITE);
        if (disagreeing.length) throw new Error(`read models disagree: ${disagreeing.join(', ')}`);
      }
      if (seeded < size) await replicateSite(dataSource, SITE, size / seeded, log);
      console.log(`  seeded ${size} people in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    const [sizes] = await dataSource.query(
      `SELECT (SELECT count(*) FROM participants WHERE site_id = $1)::int AS participants,
              (SELECT count(*) FROM journey_steps s JOIN participants p ON p.id = s.participant_id
                WHERE p.site_id = $1)::int AS steps,
              (SELECT count(*) FROM stage_stays WHERE site_id = $1)::int AS stays,
              (SELECT count(*) FROM stage_entry_counts WHERE site_id = $1)::int AS "entryRollUp",
              (SELECT count(*) FROM take_up_counts WHERE site_id = $1)::int AS "takeUpRollUp",
              (SELECT count(*) FROM outcome_figure_counts WHERE site_id = $1 AND figure NOT LIKE 'return-%')::int
                AS "outcomesRollUp",
              (SELECT count(*) FROM outcome_figure_counts WHERE site_id = $1 AND figure LIKE 'return-%')::int
                AS "returnRollUp"`,
      [SITE],
    );
    console.log(
      `  data: ${sizes.participants} participants, ${sizes.steps} steps, ${sizes.stays} stays; ` +
        `roll-ups: ${sizes.entryRollUp} stage-entry rows, ${sizes.takeUpRollUp} take-up rows, ` +
        `${sizes.outcomesRollUp} outcome rows, ${sizes.returnRollUp} data return rows`,
    );
  } finally {
    await dataSource.destroy();
  }
}

async function startApi(databaseUrl: string, temporalAddress: string): Promise<{ app: INestApplication; url: string }> {
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    LOG_LEVEL: 'error',
    METRICS_TOKEN,
    STAFF_TOKENS: JSON.stringify([
      { token: TOKEN, staffId: 'bench-lead', siteId: SITE, teamId: 'bench-team', role: 'programme-lead' },
    ]),
  });
  const app = await createApiApp();
  await app.listen(0, '127.0.0.1');
  return { app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
}

async function timeEndpoint(url: string, endpoint: (typeof ENDPOINTS)[number], requests: number) {
  const call = async () => {
    const started = performance.now();
    const response = await fetch(`${url}${endpoint.path}`, {
      headers: { Authorization: `Bearer ${endpoint.token ?? TOKEN}`, Accept: endpoint.accept ?? 'application/json' },
    });
    const body = await response.text();
    if (!response.ok) throw new Error(`${endpoint.path}: ${response.status} ${body.slice(0, 300)}`);
    return { milliseconds: performance.now() - started, bytes: body.length };
  };
  return timeRepeatedly(call, requests);
}

async function main(): Promise<void> {
  const sizes = setting('BENCH_SIZES', '10000,100000').split(',').map(Number);
  const requests = Number(setting('BENCH_REQUESTS', '200'));
  const baseUrl = new URL(loadConfig().databaseUrl);
  console.log(
    `programme figures benchmark: ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), node ${process.version}`,
  );
  const temporal = await startTemporalDevServer();
  installTemporalRuntime('error');
  const results: string[][] = [];
  try {
    for (const size of sizes) {
      const databaseUrl = new URL(baseUrl);
      databaseUrl.pathname = `/ipc_programme_bench_${size}`;
      console.log(`${size} participants (${databaseUrl.pathname.slice(1)})`);
      await prepareDatabase(databaseUrl.toString(), size);
      const { app, url } = await startApi(databaseUrl.toString(), temporal.address);
      try {
        for (const endpoint of ENDPOINTS) {
          const summary = await timeEndpoint(url, endpoint, requests);
          const ms = (value: number) => value.toFixed(1);
          results.push([
            String(size),
            endpoint.label,
            ms(summary.p50),
            ms(summary.p95),
            ms(summary.p99),
            ms(summary.max),
            String(summary.bytes),
            // Other work on the machine shows in every figure: the one-minute load as each ends.
            loadavg()[0].toFixed(1),
          ]);
        }
      } finally {
        await app.close();
      }
    }
  } finally {
    temporal.process.kill('SIGTERM');
  }
  const header = ['participants', 'endpoint', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'bytes', 'load'];
  const rows = [header, ...results];
  const widths = header.map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  console.log(`\n${requests} sequential requests per endpoint after 10 to warm up:\n`);
  for (const row of rows) {
    console.log(
      row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '),
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  // An API that failed half-way through starting can keep connections open: leave anyway.
  process.exit(1);
});
