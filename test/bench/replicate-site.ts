import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { syntheticNhsNumber } from './synthetic-site';

/** Every table holding one person's records or read-model rows, copied person by person. */
const PERSON_TABLES = [
  'participants',
  'journey_steps',
  'step_narratives',
  'stage_stays',
  'participant_demographics',
  'personal_budgets',
  'current_budgets',
  'quality_of_life_measures',
  'crisis_events',
  'spend_records',
  'outcome_contributions',
];

/** Each roll-up of a site and the columns that sum people; identical people multiply them exactly. */
const ROLL_UPS: Record<string, string[]> = {
  stage_entry_counts: ['stays'],
  stage_exit_counts: ['stays'],
  stage_population_counts: ['people'],
  take_up_counts: ['people'],
  journey_step_counts: ['steps'],
  outcome_figure_counts: ['people', 'amount'],
};

const LEDGER_FOLDS = ['stage_stays', 'take_up', 'journey_steps', 'outcomes'];

/** What each copied column takes: the copy's id for the person, a fresh id for a row, the rest as it was. */
function copiedValue(table: string, column: string): string | undefined {
  if (column === 'participant_id' || (table === 'participants' && column === 'id')) return 'm.new_id';
  if (column === 'id') return undefined; // the table's default: a new uuid
  if (table === 'participants' && column === 'nhs_number') return 'm.nhs_number';
  if (table === 'participants' && column === 'referral_request_id') return `'synthetic-' || m.new_id`;
  return `t.${column}`;
}

/**
 * Grows a seeded synthetic site to `times` its size in set-based SQL: each person's records and
 * read-model rows copied under a new id and NHS number (triggers off), and the site's roll-ups
 * multiplied, which is what a recount gives for identical people. The seeder walks each person in
 * JavaScript and recomputes every outcome figure person by person (about 7 minutes per 100,000 on
 * a loaded machine); this copies a million in a fraction of that. The copies share their dates, so
 * roll-ups dated by day hold as many rows as the seeded site's, where a real site's would have a few
 * more days and groups filled in.
 */
export async function replicateSite(
  dataSource: DataSource,
  siteId: string,
  times: number,
  log: (message: string) => void,
): Promise<void> {
  for (const fold of LEDGER_FOLDS) await dataSource.query(`SELECT programme_fold_${fold}($1)`, [siteId]);
  const originals: string[] = (
    await dataSource.query<{ id: string }[]>(`SELECT id FROM participants WHERE site_id = $1 ORDER BY id`, [siteId])
  ).map((row) => row.id);
  const columns = new Map<string, string[]>();
  for (const table of PERSON_TABLES) {
    const rows = await dataSource.query<{ name: string }[]>(
      `SELECT column_name AS name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
      [table],
    );
    columns.set(
      table,
      rows.map((row) => row.name).filter((name) => copiedValue(table, name) !== undefined),
    );
  }
  for (const table of PERSON_TABLES) await dataSource.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
  try {
    for (let copy = 1; copy < times; copy += 1) {
      await dataSource.transaction(async (manager) => {
        await manager.query(
          `CREATE TEMPORARY TABLE copied_people ON COMMIT DROP AS
           SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS m (old_id, new_id, nhs_number)`,
          [
            originals,
            originals.map(() => randomUUID()),
            originals.map((_, index) => syntheticNhsNumber(copy * originals.length + index)),
          ],
        );
        for (const table of PERSON_TABLES) {
          const names = columns.get(table) ?? [];
          const owner = table === 'participants' ? 'id' : 'participant_id';
          await manager.query(
            `INSERT INTO ${table} (${names.join(', ')})
             SELECT ${names.map((name) => copiedValue(table, name)).join(', ')}
               FROM ${table} t JOIN copied_people m ON m.old_id = t.${owner}`,
          );
        }
      });
      log(`${(copy + 1) * originals.length} people`);
    }
  } finally {
    for (const table of PERSON_TABLES) await dataSource.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
  }
  for (const [table, sums] of Object.entries(ROLL_UPS)) {
    await dataSource.query(
      `UPDATE ${table} SET ${sums.map((sum) => `${sum} = ${sum} * ${times}`).join(', ')} WHERE site_id = $1`,
      [siteId],
    );
  }
  for (const table of [...PERSON_TABLES, ...Object.keys(ROLL_UPS)]) await dataSource.query(`VACUUM ANALYZE ${table}`);
}
