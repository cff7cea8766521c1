import { Inject, Injectable } from '@nestjs/common';
import { DEPLOYMENT_OPTIONS, FUNDERS } from '@ipc/domain';
import { DataSource } from 'typeorm';
import type { Period } from './period';

/** Each open journey's latest budget version, for the site. */
const CURRENT_BUDGETS = `
  WITH current_budgets AS MATERIALIZED (
    SELECT DISTINCT ON (b.participant_id) b.*, p.cohort
      FROM personal_budgets b JOIN participants p ON p.id = b.participant_id
     WHERE p.site_id = $1 AND p.closed_on IS NULL
     ORDER BY b.participant_id, b.version DESC)`;

export interface BudgetFigures {
  available: true;
  byFunder: { funder: string; budgets: number; totalPence: number }[];
  byDeployment: { deployment: string; parts: number; totalPence: number }[];
  indicativeAgainstFinal: {
    budgets: number;
    indicativeTotalPence: number;
    finalTotalPence: number;
    differencePence: number;
  };
}

export interface ReviewFigures {
  available: true;
  /** Reviews held in the period on or before the date they were due. */
  onTime: number;
  /** Reviews held in the period after they were due. */
  late: number;
  /** Open journeys whose review is past due today. */
  overdue: number;
}

/** Budget and review figures from the records those steps leave (personal_budgets, journey_steps). */
@Injectable()
export class BudgetAndReviewFigures {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** One pass over the site's current budgets for all three figures. */
  async budgets(siteId: string): Promise<BudgetFigures> {
    const rows: { figure: string; label: string | null; count: number; total: string; indicative: string | null }[] =
      await this.dataSource.query(
        `${CURRENT_BUDGETS}
         SELECT 'funder' AS figure, f.key AS label, count(*) FILTER (WHERE f.value::bigint > 0)::int AS count,
                sum(f.value::bigint)::bigint AS total, NULL::bigint AS indicative
           FROM current_budgets b, jsonb_each_text(b.by_funder) f GROUP BY f.key
         UNION ALL
         SELECT 'deployment', CASE WHEN part->>'withdrawnOn' IS NOT NULL THEN 'notional' ELSE part->>'deployment' END,
                count(*)::int, sum((part->>'amountPence')::bigint)::bigint, NULL
           FROM current_budgets b, jsonb_array_elements(b.parts) part GROUP BY 2
         UNION ALL
         SELECT 'comparison', NULL, count(*)::int, coalesce(sum(total_pence), 0)::bigint,
                coalesce(sum(indicative_total_pence), 0)::bigint
           FROM current_budgets WHERE indicative_total_pence IS NOT NULL`,
        [siteId],
      );
    const row = (figure: string, label: string | null) =>
      rows.find((candidate) => candidate.figure === figure && candidate.label === label);
    const comparison = row('comparison', null);
    const indicative = Number(comparison?.indicative ?? 0);
    const final = Number(comparison?.total ?? 0);
    return {
      available: true,
      byFunder: FUNDERS.map((funder) => ({
        funder,
        budgets: row('funder', funder)?.count ?? 0,
        totalPence: Number(row('funder', funder)?.total ?? 0),
      })),
      byDeployment: DEPLOYMENT_OPTIONS.map((deployment) => ({
        deployment,
        parts: row('deployment', deployment)?.count ?? 0,
        totalPence: Number(row('deployment', deployment)?.total ?? 0),
      })),
      indicativeAgainstFinal: {
        budgets: comparison?.count ?? 0,
        indicativeTotalPence: indicative,
        finalTotalPence: final,
        differencePence: final - indicative,
      },
    };
  }

  /** People with a personal budget now, and with NHS funding in it (a personal health budget), by cohort. */
  async budgetHolders(
    siteId: string,
  ): Promise<{ cohort: string; personalBudget: number; personalHealthBudget: number }[]> {
    return this.dataSource.query(
      `${CURRENT_BUDGETS}
       SELECT cohort, count(*)::int AS "personalBudget",
              (count(*) FILTER (WHERE (by_funder->>'nhs')::bigint > 0))::int AS "personalHealthBudget"
         FROM current_budgets GROUP BY cohort`,
      [siteId],
    );
  }

  /** A review is on time when held by the due date the journey showed just before it. */
  async reviews(siteId: string, period: Period, today: string): Promise<ReviewFigures> {
    const [[held], [overdue]] = await Promise.all([
      this.dataSource.query(
        `SELECT count(*) FILTER (WHERE s.effective_on <= (prev.journey_after->'reviews'->>'nextDueOn')::date)::int AS "onTime",
                count(*) FILTER (WHERE s.effective_on > (prev.journey_after->'reviews'->>'nextDueOn')::date)::int AS late
           FROM journey_steps s
           JOIN journey_steps prev ON prev.participant_id = s.participant_id AND prev.sequence = s.sequence - 1
           JOIN participants p ON p.id = s.participant_id
          WHERE p.site_id = $1 AND s.step = 'review' AND s.effective_on BETWEEN $2 AND $3`,
        [siteId, period.from, period.to],
      ),
      this.dataSource.query(
        `SELECT count(*)::int AS overdue FROM participants
          WHERE site_id = $1 AND closed_on IS NULL AND next_review_due_on < $2`,
        [siteId, today],
      ),
    ]);
    return { available: true, onTime: held.onTime, late: held.late, overdue: overdue.overdue };
  }
}
