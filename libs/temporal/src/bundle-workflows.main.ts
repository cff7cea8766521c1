import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { bundleWorkflows } from './workflow-bundle';

/**
 * `npm run bundle:workflows [path]`: writes the workflow bundle (default dist/workflow-bundle.js) so
 * a worker started with WORKFLOW_BUNDLE_PATH pointing at it skips webpack at start (the image does).
 */
async function main(): Promise<void> {
  const path = resolve(process.argv[2] ?? 'dist/workflow-bundle.js');
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, await bundleWorkflows());
  console.log(`workflow bundle written to ${path}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
