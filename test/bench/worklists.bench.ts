import 'reflect-metadata';
import { loadConfig } from '@ipc/config';
import { londonDate, WORKLIST_NAMES, worklistDates, worklistThresholds } from '@ipc/domain';
import { CaseloadRepository, createDataSource, dropDatabase, migrateDatabase } from '@ipc/persistence';
import { summariseLatencies } from './latency-stats';
import { seedWorklistSite, WORKLIST_BENCH_SITE, WORKLIST_BENCH_TEAMS } from './worklists-seed';

/**
 * `npm run bench:worklists`: for each size in BENCH_SIZES (default 100000,1000000) seeds a
 * synthetic site into a database of its own (ipc_worklists_bench_<size>, kept for the next run;
 * BENCH_RESEED=1 seeds again), then times BENCH_REQUESTS (default 100) rounds, after a warm-up, of
 * what each worklist request reads (its count and first page of 25), all counts at once, and the
 * caseloads (a staff member's, a team's first page), each round another team and staff member.
 * Prints p50/p95 in ms per query, the sizes side by side.
 */
const today = londonDate(new Date());
const dates = worklistDates(today, worklistThresholds({}));
const FIRST_PAGE = { skip: 0, take: 25 };

function setting(name: string, fallback: string): string {
  return process.env[name] || fallback;
}

type Timed = Record<string, number[]>;

async function measure(size: number, rounds: number): Promise<Timed> {
  const databaseUrl = new URL(loadConfig().databaseUrl);
  databaseUrl.pathname = `/ipc_worklists_bench_${size}`;
  if (process.env.BENCH_RESEED === '1') await dropDatabase(databaseUrl.toString());
  await migrateDatabase(databaseUrl.toString());
  const dataSource = await createDataSource(databaseUrl.toString()).initialize();
  try {
    const [{ people }] = await dataSource.query(`SELECT count(*)::int AS people FROM participants WHERE site_id = $1`, [
      WORKLIST_BENCH_SITE,
    ]);
    if (people !== size) {
      if (people > 0) throw new Error(`${databaseUrl.pathname} holds ${people} people: run with BENCH_RESEED=1`);
      const started = performance.now();
      await seedWorklistSite(dataSource, size, today);
      console.log(`  seeded ${size} people in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    const sut = new CaseloadRepository(dataSource);
    const timed: Timed = {};
    const time = async (label: string, read: () => Promise<unknown>, keep: boolean) => {
      const started = performance.now();
      await read();
      if (keep) (timed[label] ??= []).push(performance.now() - started);
    };
    const staffCount = Math.floor(size / 40);
    for (let round = -10; round < rounds; round++) {
      const keep = round >= 0;
      const index = round + 10;
      const scope = {
        siteId: WORKLIST_BENCH_SITE,
        teamId: `team-${String(index % WORKLIST_BENCH_TEAMS).padStart(2, '0')}`,
      };
      for (const name of WORKLIST_NAMES) {
        await time(name, () => sut.worklist(name, scope, dates, FIRST_PAGE), keep);
      }
      await time('all counts (GET /teams/:id/worklists)', () => sut.worklistCounts(scope, dates), keep);
      await time(
        'caseload of a staff member',
        () => sut.staffCaseload(WORKLIST_BENCH_SITE, `staff-${(index * 97) % staffCount}`, FIRST_PAGE),
        keep,
      );
      await time("team's caseload, first page", () => sut.teamCaseload(scope, FIRST_PAGE), keep);
    }
    return timed;
  } finally {
    await dataSource.destroy();
  }
}

async function main(): Promise<void> {
  const sizes = setting('BENCH_SIZES', '100000,1000000').split(',').map(Number);
  const rounds = Number(setting('BENCH_REQUESTS', '100'));
  const results: Timed[] = [];
  for (const size of sizes) {
    console.log(`${size} participants`);
    results.push(await measure(size, rounds));
  }
  const cell = (values: number[] | undefined) => {
    if (!values) return '-';
    const { p50, p95 } = summariseLatencies(values);
    return `${p50.toFixed(1)} / ${p95.toFixed(1)}`;
  };
  const header = `| query (p50 / p95 ms, ${rounds} rounds) | ${sizes.map((size) => size.toLocaleString('en-GB')).join(' | ')} |`;
  console.log(`\nMeasured ${today}, count + first page of 25 per worklist:\n`);
  console.log(header);
  console.log(`| --- | ${sizes.map(() => '---').join(' | ')} |`);
  for (const label of Object.keys(results[0])) {
    console.log(`| ${label} | ${results.map((timed) => cell(timed[label])).join(' | ')} |`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
