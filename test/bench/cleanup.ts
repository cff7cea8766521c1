import { ParticipantEntity } from '@ipc/persistence';
import { type Client, WorkflowNotFoundError } from '@temporalio/client';
import { type DataSource, In } from 'typeorm';
import { forEachConcurrently } from './concurrency-pool';

/**
 * Terminates the run's journeys, which otherwise wait open at plan-agreed for a closure that never
 * comes. One already gone is fine; returns how many could not be terminated.
 */
export async function terminateWorkflows(
  client: Client,
  workflowIds: readonly string[],
  concurrency: number,
): Promise<number> {
  let failed = 0;
  await forEachConcurrently(workflowIds, concurrency, async (workflowId) => {
    try {
      await client.workflow.getHandle(workflowId).terminate('benchmark cleanup');
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) failed++;
    }
  });
  return failed;
}

export interface BenchRows {
  /** The direct path's own site: every row there is the benchmark's. */
  benchSiteId: string;
  /** Rows the API created at the token's real site: only these ids may go. */
  httpParticipantIds: readonly string[];
}

/** Deletes the run's participants; their timeline, narratives and care plans go by cascade. */
export async function deleteBenchRows(dataSource: DataSource, rows: BenchRows): Promise<number> {
  const participants = dataSource.getRepository(ParticipantEntity);
  const bySite = await participants.delete({ siteId: rows.benchSiteId });
  // TypeORM refuses a delete with empty criteria, which In([]) would be.
  const byId = rows.httpParticipantIds.length
    ? await participants.delete({ id: In([...rows.httpParticipantIds]) })
    : undefined;
  return (bySite.affected ?? 0) + (byId?.affected ?? 0);
}
