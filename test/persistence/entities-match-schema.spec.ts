import { createDataSource, dropDatabase, migrateDatabase } from '@ipc/persistence';
import type { DataSource } from 'typeorm';

/**
 * The change ledgers have no primary key (identical +1 rows repeat until a fold sums them) and
 * TypeORM refuses an entity without one, so their entities name the site column as the key
 * (see entities/ledger-site-column.ts). Adding that key is the only change TypeORM may propose.
 */
const KEYLESS_LEDGERS = ['journey_step_changes', 'stage_stay_changes', 'take_up_changes', 'outcome_figure_changes'];
const ledgerKey = new RegExp(
  `^ALTER TABLE "(${KEYLESS_LEDGERS.join('|')})" ADD CONSTRAINT "PK_\\w+" PRIMARY KEY \\("site_id"\\)$`,
);

describe('the entities', () => {
  // A database of its own, migrated from nothing, so the comparison sees the migrations alone.
  const databaseUrl = `${process.env.DATABASE_URL}_entities`;
  let dataSource: DataSource;

  beforeAll(async () => {
    await migrateDatabase(databaseUrl);
    dataSource = await createDataSource(databaseUrl).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await dropDatabase(databaseUrl);
  });

  it('should describe every table the migrations make', async () => {
    const tables = await dataSource.query<{ name: string }[]>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations'`,
    );
    const described = dataSource.entityMetadatas.map((metadata) => metadata.tableName);
    expect(described.sort()).toEqual(tables.map((table) => table.name).sort());
  });

  it('should leave TypeORM nothing to change in the migrated database', async () => {
    const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
    const changes = upQueries.map((query) => query.query).filter((query) => !ledgerKey.test(query));
    expect(changes).toEqual([]);
  });
});
