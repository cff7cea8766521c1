import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_REVIEW_RULES, type ReviewRule } from '@ipc/domain';
import { DataSource, EntityManager } from 'typeorm';
import { managerOf } from '../manager-of';

/** An open journey's next review, as the team's list of reviews falling due shows it. */
export interface DueReview {
  participantId: string;
  stage: string;
  cohort: string;
  dueOn: string;
}

/** Each site's review rule sets, and when each open journey's next review falls due. */
@Injectable()
export class ReviewsRepository {
  private readonly manager: EntityManager;

  constructor(@Inject(DataSource) db: DataSource | EntityManager) {
    this.manager = managerOf(db);
  }

  /** The site's review rule sets, or the pathway guide's common ones until an administrator sets them. */
  async rules(siteId: string): Promise<ReviewRule[]> {
    const rows = await this.manager.query<{ rules: ReviewRule[] }[]>(
      'SELECT rules FROM site_review_rules WHERE site_id = $1',
      [siteId],
    );
    return rows[0]?.rules ?? DEFAULT_REVIEW_RULES;
  }

  async saveRules(siteId: string, rules: ReviewRule[], updatedBy: string): Promise<void> {
    await this.manager.query(
      `INSERT INTO site_review_rules (site_id, rules, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (site_id) DO UPDATE SET rules = $2, updated_by = $3, updated_at = now()`,
      [siteId, JSON.stringify(rules), updatedBy],
    );
  }

  /**
   * One page of a team's open journeys with a review due on or before `until` (overdue ones too),
   * soonest first, and how many there are in all.
   */
  async dueBy(
    siteId: string,
    teamId: string,
    until: string,
    window: { skip: number; take: number },
  ): Promise<{ rows: DueReview[]; total: number }> {
    const due = `FROM participants
        WHERE site_id = $1 AND team_id = $2 AND closed_on IS NULL AND next_review_due_on <= $3`;
    const [rows, [{ total }]] = await Promise.all([
      this.manager.query<DueReview[]>(
        `SELECT id AS "participantId", stage, cohort, to_char(next_review_due_on, 'YYYY-MM-DD') AS "dueOn"
           ${due} ORDER BY next_review_due_on, id OFFSET $4 LIMIT $5`,
        [siteId, teamId, until, window.skip, window.take],
      ),
      this.manager.query<{ total: number }[]>(`SELECT count(*)::int AS total ${due}`, [siteId, teamId, until]),
    ]);
    return { rows, total };
  }
}
