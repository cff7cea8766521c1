import type { ResourceAllocation } from '@ipc/domain';
import type { EntityManager } from 'typeorm';

/** The site's resource allocation rules, or null when an administrator has not set them yet. */
export async function findResourceAllocation(
  manager: EntityManager,
  siteId: string,
): Promise<ResourceAllocation | null> {
  const rows: { allocation: ResourceAllocation }[] = await manager.query(
    'SELECT allocation FROM site_resource_allocations WHERE site_id = $1',
    [siteId],
  );
  return rows[0]?.allocation ?? null;
}

export async function saveResourceAllocation(
  manager: EntityManager,
  siteId: string,
  allocation: ResourceAllocation,
  updatedBy: string,
): Promise<void> {
  await manager.query(
    `INSERT INTO site_resource_allocations (site_id, allocation, updated_by) VALUES ($1, $2, $3)
     ON CONFLICT (site_id) DO UPDATE SET allocation = $2, updated_by = $3, updated_at = now()`,
    [siteId, allocation, updatedBy],
  );
}
