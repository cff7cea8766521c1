import { Client } from 'pg';

/** The Temporal store a database belongs to: its id, and where the store was kept when bound. */
export interface TemporalStoreBinding {
  storeId: string;
  dataDir: string;
  boundAt: Date;
}

/**
 * Binds the database to this Temporal store on first use (or, with `adopt`, moves it to this one)
 * and returns the binding now in force, which belongs to another store if the database already did.
 */
export async function bindTemporalStore(
  databaseUrl: string,
  store: { storeId: string; dataDir: string },
  adopt = false,
): Promise<TemporalStoreBinding> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<TemporalStoreBinding>(
      `INSERT INTO temporal_store_binding (store_id, data_dir) VALUES ($1, $2)
       ON CONFLICT (singleton) DO UPDATE SET store_id = $1, data_dir = $2, bound_at = now() WHERE $3
       RETURNING store_id AS "storeId", data_dir AS "dataDir", bound_at AS "boundAt"`,
      [store.storeId, store.dataDir, adopt],
    );
    if (rows[0]) return rows[0];
    const bound = await client.query<TemporalStoreBinding>(
      `SELECT store_id AS "storeId", data_dir AS "dataDir", bound_at AS "boundAt" FROM temporal_store_binding`,
    );
    return bound.rows[0];
  } finally {
    await client.end();
  }
}
