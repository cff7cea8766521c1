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
} as const;
export type Ledger = keyof typeof FOLDS;

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

/**
 * The programme read models (PostgreSQL only, never the workflows). Each query reads a roll-up or
 * an index made for it; see 1764000300000-AddProgrammeMonitoring for what each holds. 'closed' is
 * left out of time in stage: it is where journeys end, not a wait (FINAL_STAGES in libs/domain).
 * Budget and review figures come from the records those steps leave (current_budgets, journey_steps).
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
    // The literal 'plan-agreed' (not a parameter) lets the planner use ix_participants_open_with_plan.
    return this.dataSource.query(
      `SELECT cohort, count(*)::int AS people
         FROM participants
        WHERE site_id = $1 AND closed_on IS NULL AND stage_dates ? 'plan-agreed'
        GROUP BY cohort`,
      [siteId],
    );
  }

  /** From current_budgets: each open journey's budget now, flattened to these numbers by triggers. */
  async budgets(siteId: string): Promise<BudgetFigures> {
    const [sums] = await this.dataSource.query<Record<string, string>[]>(
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
  budgetHolders(siteId: string): Promise<BudgetHolderRow[]> {
    return this.dataSource.query(
      `SELECT cohort, count(*)::int AS "personalBudget",
              (count(*) FILTER (WHERE nhs_pence > 0))::int AS "personalHealthBudget"
         FROM current_budgets WHERE site_id = $1 GROUP BY cohort`,
      [siteId],
    );
  }

  /** A review is on time when held by the date it was due, which the review step keeps. */
  async reviews(siteId: string, period: DateRange, today: string): Promise<ReviewFigures> {
    const [[held], [overdue]] = await Promise.all([
      this.dataSource.query<{ onTime: number; late: number }[]>(
        `SELECT count(*) FILTER (WHERE s.effective_on <= s.review_due_on)::int AS "onTime",
                count(*) FILTER (WHERE s.effective_on > s.review_due_on)::int AS late
           FROM journey_steps s JOIN participants p ON p.id = s.participant_id
          WHERE p.site_id = $1 AND s.step = 'review' AND s.effective_on BETWEEN $2 AND $3`,
        [siteId, period.from, period.to],
      ),
      this.dataSource.query<{ overdue: number }[]>(
        `SELECT count(*)::int AS overdue FROM participants
          WHERE site_id = $1 AND closed_on IS NULL AND next_review_due_on < $2`,
        [siteId, today],
      ),
    ]);
    return { available: true, onTime: held.onTime, late: held.late, overdue: overdue.overdue };
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
