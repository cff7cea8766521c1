import { bindTemporalStore, dropDatabase, migrateDatabase } from '@ipc/persistence';
import { assertStorePairing } from '../../infra/dev-stack/store-pairing';

describe('a database bound to its Temporal store', () => {
  // A database of its own: binding is once per database.
  const databaseUrl = `${process.env.DATABASE_URL}_store_binding`;
  const first = { storeId: '11111111-1111-4111-8111-111111111111', dataDir: '/clone-a/.data' };
  const second = { storeId: '22222222-2222-4222-8222-222222222222', dataDir: '/clone-b/.data' };

  beforeAll(() => migrateDatabase(databaseUrl));
  afterAll(() => dropDatabase(databaseUrl));

  it('should belong to the first store that starts with it, refuse another, and move only when adopted', async () => {
    expect(await bindTemporalStore(databaseUrl, first)).toMatchObject(first);
    const refused = await bindTemporalStore(databaseUrl, second);
    expect(refused).toMatchObject(first);
    expect(() => assertStorePairing(refused, second, 'ipc')).toThrow(/belongs to the Temporal store 11111111/);

    expect(await bindTemporalStore(databaseUrl, second, true)).toMatchObject(second);
    expect(await bindTemporalStore(databaseUrl, first)).toMatchObject(second);
  });
});
