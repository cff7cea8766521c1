import { Inject, Injectable } from '@nestjs/common';
import { DEPLOYMENT_OPTIONS, FUNDERS } from '@ipc/domain';
import { DataSource } from 'typeorm';
import type { Period } from './period';

/** The current_budgets column of each funder and deployment, as the domain names them. */
const column = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`).replaceAll('-', '_');
const FUNDER_SUMS = FUNDERS.flatMap((funder) => [
  `count(*) FILTER (WHERE ${column(funder)}_pence > 0) AS "${funder}_budgets"`,
  `coalesce(sum(${column(funder)}_pence), 0) AS "${funder}_pence"`,
]);
const DEPLOYMENT_SUMS = DEPLOYMENT_OPTIONS.flatMap((deployment) => [
  `coalesce(sum(${column(deployment)}_parts), 0) AS "${deployment}_parts"`,
  `coalesce(sum(${column(deployment)}_pence), 0) AS "${deployment}_pence"`,
]);

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

/** Budget and review figures from the records those steps leave (current_budgets, journey_steps). */
@Injectable()
export class BudgetAndReviewFigures {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** From current_budgets: each open journey's budget now, flattened to these numbers by triggers. */
  async budgets(siteId: string): Promise<BudgetFigures> {
    const [sums]: Record<string, string>[] = await this.dataSource.query(
      `SELECT ${[...FUNDER_SUMS, ...DEPLOYMENT_SUMS].join(', ')},
              count(*) FILTER (WHERE indicative_total_pence IS NOT NULL) AS compared,
              coalesce(sum(indicative_total_pence), 0) AS indicative,
              coalesce(sum(total_pence) FILTER (WHERE indicative_total_pence IS NOT NULL), 0) AS final
         FROM current_budgets WHERE site_id = $1`,
      [siteId],
    );
    const number = (key: string) => Number(sums[key] ?? 0);
    return {
      available: true,
      byFunder: FUNDERS.map((funder) => ({
        funder,
        budgets: number(`${funder}_budgets`),
        totalPence: number(`${funder}_pence`),
      })),
      byDeployment: DEPLOYMENT_OPTIONS.map((deployment) => ({
        deployment,
        parts: number(`${deployment}_parts`),
        totalPence: number(`${deployment}_pence`),
      })),
      indicativeAgainstFinal: {
        budgets: number('compared'),
        indicativeTotalPence: number('indicative'),
        finalTotalPence: number('final'),
        differencePence: number('final') - number('indicative'),
      },
    };
  }

  /** People with a personal budget now, and with NHS funding in it (a personal health budget), by cohort. */
  async budgetHolders(
    siteId: string,
  ): Promise<{ cohort: string; personalBudget: number; personalHealthBudget: number }[]> {
    return this.dataSource.query(
      `SELECT cohort, count(*)::int AS "personalBudget",
              (count(*) FILTER (WHERE nhs_pence > 0))::int AS "personalHealthBudget"
         FROM current_budgets WHERE site_id = $1 GROUP BY cohort`,
      [siteId],
    );
  }

  /** A review is on time when held by the date it was due, which the review step keeps. */
  async reviews(siteId: string, period: Period, today: string): Promise<ReviewFigures> {
    const [[held], [overdue]] = await Promise.all([
      this.dataSource.query(
        `SELECT count(*) FILTER (WHERE s.effective_on <= s.review_due_on)::int AS "onTime",
                count(*) FILTER (WHERE s.effective_on > s.review_due_on)::int AS late
           FROM journey_steps s JOIN participants p ON p.id = s.participant_id
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
