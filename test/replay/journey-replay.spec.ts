import { loadConfig } from '@ipc/config';
import { createDataConverter, installTemporalRuntime } from '@ipc/temporal';
import { Worker } from '@temporalio/worker';
import { readHistories } from './history-files';

/**
 * Replays recorded journeys and carers (finished and in flight) against today's workflow code: a
 * change that would break a running workflow's determinism fails here, before it reaches a worker.
 */
describe('Recorded journey and carer histories', () => {
  it('should all replay against the current workflow code', async () => {
    const config = loadConfig();
    installTemporalRuntime(config.logLevel);
    const histories = await readHistories();
    expect(histories.length).toBeGreaterThanOrEqual(5);
    const results = Worker.runReplayHistories(
      {
        workflowBundle: { codePath: String(config.temporal.workflowBundlePath) },
        dataConverter: createDataConverter(config.temporal.payloadKey),
      },
      histories.map(({ scenario, history }) => ({ workflowId: scenario, history })),
    );
    const failures: string[] = [];
    for await (const result of results)
      if (result.error) failures.push(`${result.workflowId}: ${String(result.error)}`);
    expect(failures).toEqual([]);
  });
});
