import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { temporal } from '@temporalio/proto';

/** Recorded journey histories, as binary protobuf, one file per scenario (npm runs from the repo root). */
export const HISTORIES_DIR = join(process.cwd(), 'test/replay/histories');
const EXTENSION = '.history.binpb';

export async function writeHistory(scenario: string, history: temporal.api.history.v1.IHistory): Promise<void> {
  await writeFile(
    join(HISTORIES_DIR, `${scenario}${EXTENSION}`),
    temporal.api.history.v1.History.encode(history).finish(),
  );
}

export async function readHistories(): Promise<{ scenario: string; history: temporal.api.history.v1.History }[]> {
  const files = (await readdir(HISTORIES_DIR)).filter((file) => file.endsWith(EXTENSION)).sort();
  return Promise.all(
    files.map(async (file) => ({
      scenario: file.slice(0, -EXTENSION.length),
      history: temporal.api.history.v1.History.decode(await readFile(join(HISTORIES_DIR, file))),
    })),
  );
}
