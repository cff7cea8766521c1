import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TemporalStoreBinding } from '@ipc/persistence';
import { StackError } from './services';

export const ADOPT_DATABASE_FLAG = '--adopt-database';

/**
 * The id of the Temporal store in this DATA_DIR, kept beside its SQLite file. Read before the dev
 * server starts: with no SQLite file yet, the store about to be created is a new one, with a new id.
 */
export function localTemporalStoreId(dataDir: string): string {
  const idFile = join(dataDir, 'temporal-store-id');
  if (existsSync(join(dataDir, 'temporal.db')) && existsSync(idFile)) return readFileSync(idFile, 'utf8').trim();
  const storeId = randomUUID();
  writeFileSync(idFile, `${storeId}\n`);
  return storeId;
}

/**
 * Refuses a database that belongs to another Temporal store: its open journeys and carers have no
 * workflows in this one, so every step would be refused. Names both and what to do.
 */
export function assertStorePairing(
  binding: TemporalStoreBinding,
  store: { storeId: string; dataDir: string },
  databaseName: string,
): void {
  if (binding.storeId === store.storeId) return;
  throw new StackError(
    [
      `The database "${databaseName}" belongs to the Temporal store ${binding.storeId} (kept in ${binding.dataDir}, ` +
        `bound ${binding.boundAt.toISOString()}), but DATA_DIR ${store.dataDir} holds the store ${store.storeId}: ` +
        'its open journeys and carers have no workflows here. Either',
      `  - start with DATA_DIR=${binding.dataDir} (the store it belongs to), or`,
      `  - give this store a database of its own: DATABASE_URL=postgres://.../${databaseName}_<name>, or`,
      `  - move the database to this store: npm start -- ${ADOPT_DATABASE_FLAG}, then npm run recover to rebuild ` +
        'its open journeys and carers here.',
    ].join('\n'),
  );
}
