import { Inject, Injectable } from '@nestjs/common';
import { DEPLOYMENT_OPTIONS, FUNDERS } from '@ipc/domain';
import { DataSource } from 'typeorm';
import type { Period } from './period';

/** Each open journey's latest budget version, for the site. */
const CURRENT_BUDGETS = `
  WITH current_budgets AS (
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

  async budgets(siteId: string): Promise<BudgetFigures> {
    const [funders, deployments, [comparison]] = await Promise.all([
      this.dataSource.query(
        `${CURRENT_BUDGETS}
         SELECT f.key AS funder, count(*) FILTER (WHERE f.value::bigint > 0)::int AS budgets,
                sum(f.value::bigint)::bigint AS total
           FROM current_budgets b, jsonb_each_text(b.by_funder) f GROUP BY f.key`,
        [siteId],
      ),
      this.dataSource.query(
        `${CURRENT_BUDGETS}
         SELECT CASE WHEN part->>'withdrawnOn' IS NOT NULL THEN 'notional' ELSE part->>'deployment' END AS deployment,
                count(*)::int AS parts, sum((part->>'amountPence')::bigint)::bigint AS total
           FROM current_budgets b, jsonb_array_elements(b.parts) part GROUP BY 1`,
        [siteId],
      ),
      this.dataSource.query(
        `${CURRENT_BUDGETS}
         SELECT count(*)::int AS budgets, coalesce(sum(indicative_total_pence), 0)::bigint AS indicative,
                coalesce(sum(total_pence), 0)::bigint AS final
           FROM current_budgets WHERE indicative_total_pence IS NOT NULL`,
        [siteId],
      ),
    ]);
    const find = (rows: Record<string, string | number>[], key: string, value: string) =>
      rows.find((row) => row[key] === value);
    return {
      available: true,
      byFunder: FUNDERS.map((funder) => {
        const row = find(funders, 'funder', funder);
        return { funder, budgets: Number(row?.budgets ?? 0), totalPence: Number(row?.total ?? 0) };
      }),
      byDeployment: DEPLOYMENT_OPTIONS.map((deployment) => {
        const row = find(deployments, 'deployment', deployment);
        return { deployment, parts: Number(row?.parts ?? 0), totalPence: Number(row?.total ?? 0) };
      }),
      indicativeAgainstFinal: {
        budgets: comparison.budgets,
        indicativeTotalPence: Number(comparison.indicative),
        finalTotalPence: Number(comparison.final),
        differencePence: Number(comparison.final) - Number(comparison.indicative),
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
