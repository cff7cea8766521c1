import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertStorePairing, localTemporalStoreId } from './store-pairing';

describe('pairing a database with its Temporal store', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'ipc-store-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('should keep a store id while its SQLite file lives, and give a new store a new one', () => {
    const first = localTemporalStoreId(dataDir);
    writeFileSync(join(dataDir, 'temporal.db'), '');
    expect(localTemporalStoreId(dataDir)).toBe(first);
    rmSync(join(dataDir, 'temporal.db'));
    expect(localTemporalStoreId(dataDir)).not.toBe(first);
  });

  it('should accept the store the database belongs to and refuse another, naming both and the way out', () => {
    const binding = { storeId: 'store-a', dataDir: '/clone-a/.data', boundAt: new Date('2026-11-30T09:00:00Z') };
    expect(() => assertStorePairing(binding, { storeId: 'store-a', dataDir: '/clone-a/.data' }, 'ipc')).not.toThrow();
    expect(() => assertStorePairing(binding, { storeId: 'store-b', dataDir: '/clone-b/.data' }, 'ipc')).toThrow(
      /"ipc" belongs to the Temporal store store-a \(kept in \/clone-a\/.data[\s\S]*holds the store store-b[\s\S]*DATA_DIR=\/clone-a\/.data[\s\S]*--adopt-database, then npm run recover/,
    );
  });
});
