import { Inject, Injectable } from '@nestjs/common';
import type { StageEntryRow, StagePopulationRow, StayLengthRow, TakeUpRow } from '@ipc/domain';
import { DataSource } from 'typeorm';
import type { Period } from './period';

export interface CohortStageRow {
  cohort: string;
  stage: string;
  people: number;
}

export interface CohortCountRow {
  cohort: string;
  people: number;
}

/** The change ledgers the triggers append to, and the counts each folds into (see the migration). */
const LEDGERS = {
  entries: {
    changes: 'stage_entry_changes',
    counts: 'stage_entry_counts',
    keys: ['entered_on', 'cohort', 'from_stage', 'stage', 'next_stage'],
    total: 'stays',
  },
  takeUp: {
    changes: 'take_up_changes',
    counts: 'take_up_counts',
    keys: ['stage', 'dimension', 'value'],
    total: 'people',
  },
  steps: { changes: 'journey_step_changes', counts: 'journey_step_counts', keys: ['step'], total: 'steps' },
} as const;
export type Ledger = keyof typeof LEDGERS;

/**
 * Reads the programme read models (PostgreSQL only, never the workflows). Each query reads a roll-up
 * or an index made for it; see 1764000300000-AddProgrammeMonitoring for what each holds.
 */
@Injectable()
export class ProgrammeReadModels {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * Moves what the triggers recorded since the last read into the counts: one statement, so a
   * concurrent fold waits for this one and then finds those changes gone. Rows are upserted in key
   * order, so two folds never deadlock. Without a site, folds every site (for /metrics).
   */
  async fold(ledger: Ledger, siteId?: string): Promise<void> {
    const { changes, counts, keys, total } = LEDGERS[ledger];
    const columns = ['site_id', ...keys].join(', ');
    await this.dataSource.query(
      `WITH moved AS (DELETE FROM ${changes} ${siteId ? 'WHERE site_id = $1' : ''} RETURNING ${columns}, delta),
            summed AS (SELECT ${columns}, sum(delta) AS delta FROM moved GROUP BY ${columns})
       INSERT INTO ${counts} (${columns}, ${total})
       SELECT ${columns}, delta FROM summed WHERE delta <> 0 ORDER BY ${columns}
       ON CONFLICT (${columns}) DO UPDATE SET ${total} = ${counts}.${total} + EXCLUDED.${total}`,
      siteId ? [siteId] : [],
    );
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

  /** People at each stage now (stays not yet left), by cohort. */
  peopleNow(siteId: string): Promise<CohortStageRow[]> {
    return this.dataSource.query(
      `SELECT cohort, stage, sum(stays)::int AS people
         FROM stage_entry_counts
        WHERE site_id = $1 AND next_stage = ''
        GROUP BY cohort, stage
       HAVING sum(stays) <> 0`,
      [siteId],
    );
  }

  static byStage(rows: CohortStageRow[]): StagePopulationRow[] {
    return rows.map(({ stage, people }) => ({ stage, people }));
  }

  /**
   * Whole days spent in each stage by stays that ended in the period, and so far by stays still
   * going at its end (`asOf`). 'closed' is left out: it is where journeys end, not a wait
   * (FINAL_STAGES in libs/domain; the partial index leaves it out for the same reason).
   */
  stayLengths(siteId: string, period: Period): Promise<StayLengthRow[]> {
    return this.dataSource.query(
      `SELECT stage, left_on - entered_on AS days, count(*)::int AS stays, true AS finished
         FROM stage_stays
        WHERE site_id = $1 AND left_on BETWEEN $2 AND $3 AND stage <> 'closed'
        GROUP BY stage, days
       UNION ALL
       SELECT stage, $4::date - entered_on, count(*)::int, false
         FROM stage_stays
        WHERE site_id = $1 AND left_on IS NULL AND stage <> 'closed' AND entered_on <= $4
        GROUP BY stage, entered_on
       UNION ALL
       SELECT stage, $4::date - entered_on, count(*)::int, false
         FROM stage_stays
        WHERE site_id = $1 AND left_on > $4 AND entered_on <= $4 AND stage <> 'closed'
        GROUP BY stage, entered_on`,
      [siteId, period.from, period.to, period.asOf],
    );
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

  /** For /metrics: journeys at each stage now and steps recorded, for every site. */
  journeysByStage(): Promise<{ siteId: string; stage: string; people: number }[]> {
    return this.dataSource.query(
      `SELECT site_id AS "siteId", stage, sum(stays)::int AS people
         FROM stage_entry_counts WHERE next_stage = '' GROUP BY site_id, stage HAVING sum(stays) <> 0`,
    );
  }

  stepsRecorded(): Promise<{ siteId: string; step: string; steps: number }[]> {
    return this.dataSource.query(
      `SELECT site_id AS "siteId", step, steps::float8 AS steps FROM journey_step_counts WHERE steps <> 0`,
    );
  }
}
