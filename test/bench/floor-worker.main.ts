import { loadConfig } from '@ipc/config';
import { createDataConverter } from '@ipc/temporal';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';

/**
 * The floor's worker, an OS process of its own as the journey worker is: the trivial workflow on
 * the task queue the bench names (FLOOR_TASK_QUEUE), with the engine's payload codec so both pay
 * the same encryption. Tells the parent `ready` once polling; drains and exits on SIGTERM.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const taskQueue = process.env.FLOOR_TASK_QUEUE;
  if (!taskQueue) throw new Error('FLOOR_TASK_QUEUE is not set');
  const connection = await NativeConnection.connect({ address: config.temporal.address });
  const worker = await Worker.create({
    connection,
    namespace: config.temporal.namespace,
    taskQueue,
    workflowsPath: require.resolve('./floor.workflow'),
    dataConverter: createDataConverter(config.temporal.payloadKey),
  });
  const running = worker.run();
  process.send?.('ready');
  await running;
  await connection.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
