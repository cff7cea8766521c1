import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { JourneyClient, TO_AGREEMENT } from '../support/journey-client';
import { startTestStack, type TestStack } from '../support/test-stack';
import { spawnWorker } from '../support/worker-process';

const BUNDLER = resolve(__dirname, '../../dist/libs/temporal/src/bundle-workflows.main.js');

/** What the image does: bundle the workflows at build time, start the worker with WORKFLOW_BUNDLE_PATH. */
describe('A worker started on a prebuilt workflow bundle', () => {
  let stack: TestStack;
  let directory: string;

  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
    directory = await mkdtemp(join(tmpdir(), 'ipc-bundle-'));
  });

  afterAll(async () => {
    await stack.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('should run journeys from the bundle `npm run bundle:workflows` wrote, without bundling at start', async () => {
    const bundlePath = join(directory, 'workflow-bundle.js');
    await promisify(execFile)(process.execPath, [BUNDLER, bundlePath]);
    expect((await stat(bundlePath)).size).toBeGreaterThan(100_000);

    const worker = await spawnWorker(stack.config.temporal.taskQueue, { WORKFLOW_BUNDLE_PATH: bundlePath });
    try {
      const journeys = new JourneyClient(stack.http);
      const participantId = await journeys.walk(TO_AGREEMENT);
      expect((await journeys.details(participantId).expect(200)).body.stage).toBe('plan-agreed');
      expect(worker.output()).not.toContain('Workflow bundle created');
    } finally {
      worker.child.kill('SIGTERM');
      expect(await worker.exited).toBe(0);
    }
  }, 120_000);
});
