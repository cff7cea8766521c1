import { DEFAULT_REVIEW_RULES, type ReviewRule } from '@ipc/domain';
import type { EntityManager } from 'typeorm';

/** The site's review rule sets, or the pathway guide's common ones until an administrator sets them. */
export async function findReviewRules(manager: EntityManager, siteId: string): Promise<ReviewRule[]> {
  const rows: { rules: ReviewRule[] }[] = await manager.query(
    'SELECT rules FROM site_review_rules WHERE site_id = $1',
    [siteId],
  );
  return rows[0]?.rules ?? DEFAULT_REVIEW_RULES;
}

export async function saveReviewRules(manager: EntityManager, siteId: string, rules: ReviewRule[], updatedBy: string) {
  await manager.query(
    `INSERT INTO site_review_rules (site_id, rules, updated_by) VALUES ($1, $2, $3)
     ON CONFLICT (site_id) DO UPDATE SET rules = $2, updated_by = $3, updated_at = now()`,
    [siteId, JSON.stringify(rules), updatedBy],
  );
}
