import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDataSource } from '@ipc/persistence';
import type { DataSource } from 'typeorm';

const SCHEMA_MAP = join(__dirname, '../../libs/persistence/SCHEMA.md');

/** The rows of one `## ` section's tables, as their cells (subsections included). */
function sectionRows(markdown: string, heading: string): string[][] {
  const [, after = ''] = markdown.split(`\n## ${heading}\n`);
  const [section] = after.split('\n## ');
  return section
    .split('\n')
    .filter((line) => /^\| `/.test(line))
    .map((line) =>
      line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

/** The name a map row is about: its first cell's code, without a call's parentheses. */
const named = (row: string[]) => row[0].replace(/^`|(\(\))?`$/g, '');

describe('the schema map', () => {
  const map = readFileSync(SCHEMA_MAP, 'utf8');
  let dataSource: DataSource;

  // The run's database, migrated from nothing by the global set-up.
  beforeAll(async () => {
    dataSource = await createDataSource(process.env.DATABASE_URL as string).initialize();
  });
  afterAll(() => dataSource.destroy());

  it('should have a line for every table, and none for a table that is gone', async () => {
    const tables = await dataSource.query<{ name: string }[]>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    expect(sectionRows(map, 'Tables').map(named).sort()).toEqual(tables.map((table) => table.name).sort());
  });

  it('should have a line for every trigger, naming the table it is on and its function', async () => {
    const triggers = await dataSource.query<{ name: string; on: string; function: string }[]>(
      `SELECT tgname AS name, tgrelid::regclass::text AS on, tgfoid::regproc::text AS function
         FROM pg_trigger WHERE NOT tgisinternal`,
    );
    const mapped = sectionRows(map, 'Triggers').map((row) => ({
      name: named(row),
      on: row[1].match(/^`(\w+)`/)?.[1],
      function: row[2].replace(/^`|\(\)`$/g, ''),
    }));
    const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : 1);
    expect(mapped.sort(byName)).toEqual(triggers.sort(byName));
  });

  it('should have a line for every function the migrations make', async () => {
    // Functions of extensions (uuid-ossp, which TypeORM installs) are not the schema's own.
    const functions = await dataSource.query<{ name: string }[]>(
      `SELECT p.proname AS name FROM pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
       `,
    );
    expect(sectionRows(map, 'Functions').map(named).sort()).toEqual(functions.map((fn) => fn.name).sort());
  });
});
