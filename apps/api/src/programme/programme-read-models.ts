import { Inject, Injectable } from '@nestjs/common';
import type { StageEntryRow, StagePopulationRow, StayLengthRow, TakeUpRow } from '@ipc/domain';
import { DataSource } from 'typeorm';
import { type Period, splitIntoMonths } from './period';

export interface CohortStageRow {
  cohort: string;
  stage: string;
  people: number;
}

export interface CohortCountRow {
  cohort: string;
  people: number;
}

/** The change ledgers the triggers append to, by the function that folds each into its roll-ups. */
const FOLDS = {
  stays: 'programme_fold_stage_stays',
  takeUp: 'programme_fold_take_up',
  steps: 'programme_fold_journey_steps',
} as const;
export type Ledger = keyof typeof FOLDS;

/**
 * Reads the programme read models (PostgreSQL only, never the workflows). Each query reads a roll-up
 * or an index made for it; see 1764000300000-AddProgrammeMonitoring for what each holds. 'closed'
 * is left out of time in stage: it is where journeys end, not a wait (FINAL_STAGES in libs/domain).
 */
@Injectable()
export class ProgrammeReadModels {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Moves what the triggers recorded since the last read into the roll-ups; every site's without one. */
  async fold(ledger: Ledger, siteId?: string): Promise<void> {
    await this.dataSource.query(`SELECT ${FOLDS[ledger]}($1)`, [siteId ?? null]);
  }

  /** Stays that began in the period, by where they came from and where they went next. */
  stageEntries(siteId: string, period: Period): Promise<StageEntryRow[]> {
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

  static byStage(rows: CohortStageRow[]): StagePopulationRow[] {
    return rows.map(({ stage, people }) => ({ stage, people }));
  }

  /**
   * Whole days spent in each stage by stays that ended in the period (whole months from the monthly
   * roll-up, the days either side from the stays), and so far by stays still going at its end.
   */
  async stayLengths(siteId: string, period: Period): Promise<StayLengthRow[]> {
    const { wholeMonths, edges } = splitIntoMonths(period.from, period.to);
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
      [siteId, period.asOf],
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
    const [{ recorded }] = await this.dataSource.query(`SELECT to_regclass('reminders') IS NOT NULL AS recorded`);
    if (!recorded) return [];
    return this.dataSource.query(
      `SELECT site_id AS "siteId", status AS outcome, count(*)::int AS reminders FROM reminders GROUP BY 1, 2`,
    );
  }
}
