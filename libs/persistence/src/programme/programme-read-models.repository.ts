import { Inject, Injectable } from '@nestjs/common';
import { DEPLOYMENT_OPTIONS, FUNDERS, type StageEntryRow, type StayLengthRow, type TakeUpRow } from '@ipc/domain';
import { DataSource } from 'typeorm';

export interface CohortStageRow {
  cohort: string;
  stage: string;
  people: number;
}

export interface CohortCountRow {
  cohort: string;
  people: number;
}

export interface BudgetHolderRow {
  cohort: string;
  personalBudget: number;
  personalHealthBudget: number;
}

export interface DateRange {
  from: string;
  to: string;
}

/** A period cut into whole calendar months (read from monthly roll-ups) and the days either side. */
export interface MonthlyPeriod {
  wholeMonths: { first: string; last: string } | null;
  edges: DateRange[];
  /** Stays still going are measured to this date. */
  asOf: string;
}

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

/** The change ledgers the triggers append to, by the function that folds each into its roll-ups. */
const FOLDS = {
  stays: 'programme_fold_stage_stays',
  takeUp: 'programme_fold_take_up',
  steps: 'programme_fold_journey_steps',
  outcomes: 'programme_fold_outcomes',
} as const;
export type Ledger = keyof typeof FOLDS;

/**
 * The programme read models (PostgreSQL only, never the workflows). Each query reads a roll-up or
 * an index made for it; see 1764000300000-AddProgrammeMonitoring for what each holds. 'closed' is
 * left out of time in stage: it is where journeys end, not a wait (FINAL_STAGES in libs/domain).
 * Budgets, reviews and open plans are outcome contributions (1764003710000-AddThroughputRollUps), so
 * they are read from outcome_figure_counts once its ledger is folded (`fold('outcomes')`).
 */
@Injectable()
export class ProgrammeReadModelsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Moves what the triggers recorded since the last read into the roll-ups; every site's without one. */
  async fold(ledger: Ledger, siteId?: string): Promise<void> {
    await this.dataSource.query(`SELECT ${FOLDS[ledger]}($1)`, [siteId ?? null]);
  }

  /** Stays that began in the period, by where they came from and where they went next. */
  stageEntries(siteId: string, period: DateRange): Promise<StageEntryRow[]> {
    return this.dataSource.query(
      `SELECT nullif(from_stage, '') AS "fromStage", stage, nullif(next_stage, '') AS "nextStage",
              sum(stays)::int AS stays
         FROM stage_entry_counts
        WHERE site_id = $1 AND entered_on BETWEEN $2 AND $3
        GROUP BY from_stage, stage, next_stage
       HAVING sum(stays) <> 0`,
      [siteId, period.from, period.to],
    );
  }

  /** People at each stage now, by cohort. */
  peopleNow(siteId: string): Promise<CohortStageRow[]> {
    return this.dataSource.query(
      `SELECT cohort, stage, people FROM stage_population_counts WHERE site_id = $1 AND people <> 0`,
      [siteId],
    );
  }

  /**
   * Whole days spent in each stage by stays that ended in the period (whole months from the monthly
   * roll-up, the days either side from the stays), and so far by stays still going at its end.
   */
  async stayLengths(siteId: string, { wholeMonths, edges, asOf }: MonthlyPeriod): Promise<StayLengthRow[]> {
    const finished = [
      ...(wholeMonths
        ? [
            this.dataSource.query(
              `SELECT stage, days, sum(stays)::int AS stays, true AS finished
                 FROM stage_exit_counts
                WHERE site_id = $1 AND left_month BETWEEN $2 AND $3 AND stage <> 'closed'
                GROUP BY stage, days
               HAVING sum(stays) <> 0`,
              [siteId, wholeMonths.first, wholeMonths.last],
            ),
          ]
        : []),
      ...edges.map(({ from, to }) =>
        this.dataSource.query(
          `SELECT stage, left_on - entered_on AS days, count(*)::int AS stays, true AS finished
             FROM stage_stays
            WHERE site_id = $1 AND left_on BETWEEN $2 AND $3 AND stage <> 'closed'
            GROUP BY stage, days`,
          [siteId, from, to],
        ),
      ),
    ];
    const stillGoing = this.dataSource.query(
      `SELECT stage, $2::date - entered_on AS days, sum(stays)::int AS stays, false AS finished
         FROM stage_entry_counts
        WHERE site_id = $1 AND next_stage = '' AND entered_on <= $2 AND stage <> 'closed'
        GROUP BY stage, entered_on
       HAVING sum(stays) <> 0
       UNION ALL
       SELECT stage, $2::date - entered_on, count(*)::int, false
         FROM stage_stays
        WHERE site_id = $1 AND left_on > $2 AND entered_on <= $2 AND stage <> 'closed'
        GROUP BY stage, entered_on`,
      [siteId, asOf],
    );
    return (await Promise.all([...finished, stillGoing])).flat();
  }

  /** People who reached each stage, by cohort, age at referral and each recorded characteristic. */
  takeUp(siteId: string): Promise<TakeUpRow[]> {
    return this.dataSource.query(
      `SELECT stage, dimension, value, people FROM take_up_counts WHERE site_id = $1 AND people <> 0`,
      [siteId],
    );
  }

  /** People with an agreed care and support plan whose journey is open, by cohort. */
  openWithCarePlan(siteId: string): Promise<CohortCountRow[]> {
    return this.dataSource.query(
      `SELECT grp AS cohort, sum(people)::int AS people
         FROM outcome_figure_counts WHERE site_id = $1 AND figure = 'open-with-plan'
        GROUP BY grp HAVING sum(people) <> 0`,
      [siteId],
    );
  }

  /** Each open journey's budget now (current_budgets), summed as it changes (1764003710000-AddThroughputRollUps). */
  async budgets(siteId: string): Promise<BudgetFigures> {
    const groups = await this.dataSource.query<{ figure: string; grp: string; people: string; amount: string }[]>(
      `SELECT figure, grp, sum(people) AS people, sum(amount) AS amount
         FROM outcome_figure_counts
        WHERE site_id = $1 AND figure IN ('budget-funders', 'budget-deployments', 'budget-compared')
        GROUP BY figure, grp`,
      [siteId],
    );
    const sums = new Map(groups.map((group) => [`${group.figure}:${group.grp}`, group]));
    const people = (key: string) => Number(sums.get(key)?.people ?? 0);
    const amount = (key: string) => Number(sums.get(key)?.amount ?? 0);
    const [indicative, final] = [amount('budget-compared:indicative'), amount('budget-compared:final')];
    return {
      available: true,
      byFunder: FUNDERS.map((funder) => ({
        funder,
        budgets: people(`budget-funders:${funder}`),
        totalPence: amount(`budget-funders:${funder}`),
      })),
      byDeployment: DEPLOYMENT_OPTIONS.map((deployment) => ({
        deployment,
        parts: people(`budget-deployments:${deployment}`),
        totalPence: amount(`budget-deployments:${deployment}`),
      })),
      indicativeAgainstFinal: {
        budgets: people('budget-compared:final'),
        indicativeTotalPence: indicative,
        finalTotalPence: final,
        differencePence: final - indicative,
      },
    };
  }

  /** People with a personal budget now, and with NHS funding in it (a personal health budget), by cohort. */
  budgetHolders(siteId: string): Promise<BudgetHolderRow[]> {
    return this.dataSource.query(
      `SELECT grp AS cohort, sum(people)::int AS "personalBudget", sum(amount)::int AS "personalHealthBudget"
         FROM outcome_figure_counts WHERE site_id = $1 AND figure = 'budget-holders'
        GROUP BY grp HAVING sum(people) <> 0`,
      [siteId],
    );
  }

  /** A review is on time when held by the date it was due, which the review step keeps. */
  async reviews(siteId: string, period: DateRange, today: string): Promise<ReviewFigures> {
    const [counts] = await this.dataSource.query<{ onTime: number; late: number; overdue: number }[]>(
      `SELECT coalesce(sum(people) FILTER (WHERE figure = 'reviews-held' AND grp = 'on-time'
                                              AND on_date BETWEEN $2 AND $3), 0)::int AS "onTime",
              coalesce(sum(people) FILTER (WHERE figure = 'reviews-held' AND grp = 'late'
                                              AND on_date BETWEEN $2 AND $3), 0)::int AS late,
              coalesce(sum(people) FILTER (WHERE figure = 'reviews-due' AND on_date < $4), 0)::int AS overdue
         FROM outcome_figure_counts WHERE site_id = $1 AND figure IN ('reviews-held', 'reviews-due')`,
      [siteId, period.from, period.to, today],
    );
    return { available: true, ...counts };
  }

  /** For /metrics: journeys at each stage now, for every site. */
  journeysByStage(): Promise<{ siteId: string; stage: string; people: number }[]> {
    return this.dataSource.query(
      `SELECT site_id AS "siteId", stage, sum(people)::int AS people
         FROM stage_population_counts GROUP BY site_id, stage HAVING sum(people) <> 0`,
    );
  }

  /** For /metrics: journey steps recorded, for every site. */
  stepsRecorded(): Promise<{ siteId: string; step: string; steps: number }[]> {
    return this.dataSource.query(
      `SELECT site_id AS "siteId", step, steps::float8 AS steps FROM journey_step_counts WHERE steps <> 0`,
    );
  }

  /** For /metrics: reminders by delivery outcome, for every site (none until reminders are recorded). */
  async remindersByOutcome(): Promise<{ siteId: string; outcome: string; reminders: number }[]> {
    const [{ recorded }] = await this.dataSource.query<{ recorded: boolean }[]>(
      `SELECT to_regclass('reminders') IS NOT NULL AS recorded`,
    );
    if (!recorded) return [];
    return this.dataSource.query(
      `SELECT site_id AS "siteId", status AS outcome, count(*)::int AS reminders FROM reminders GROUP BY 1, 2`,
    );
  }
}
