import { Inject, Injectable } from '@nestjs/common';
import type { OutcomeSums, TakeUpRow } from '@ipc/domain';
import { DataSource } from 'typeorm';
import type { DateRange } from './programme-read-models.repository';

interface SumRow {
  figure: string;
  grp: string;
  people: number;
  amount: string;
  days: number;
}

/** Figures counted over the period, by the day they were last measured, rated or spent. */
const IN_PERIOD = ['activation', 'outcome-ratings', 'quality-of-life', 'spend'];
/** Figures about where people stand now, whatever the day it was decided. */
const NOW = ['budget-take-up', 'budgets'];

/**
 * The outcome figures' sums, from outcome_figure_counts (see 1764003200000-AddOutcomeFigures): each
 * query reads a site's roll-up rows, which grow with days and groups, never with people.
 */
@Injectable()
export class OutcomeFiguresRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Moves what the triggers recorded since the last read into the roll-up. */
  async fold(siteId: string): Promise<void> {
    await this.dataSource.query(`SELECT programme_fold_outcomes($1)`, [siteId]);
  }

  /**
   * Sums for the period; crises count person-time (in days, through `asOf`) and events up to `asOf`
   * from every mark on or before it: a start adds the days from it, an end takes them off again.
   */
  async sums(siteId: string, period: DateRange & { asOf: string }): Promise<OutcomeSums> {
    const rows = await this.dataSource.query<SumRow[]>(
      `SELECT figure, grp, sum(people)::int AS people, sum(amount)::text AS amount, 0 AS days
         FROM outcome_figure_counts
        WHERE site_id = $1 AND figure = ANY($2) AND on_date BETWEEN $3 AND $4
        GROUP BY figure, grp
       UNION ALL
       SELECT figure, grp, sum(people)::int, sum(amount)::text, 0
         FROM outcome_figure_counts WHERE site_id = $1 AND figure = ANY($5)
        GROUP BY figure, grp
       UNION ALL
       SELECT figure, grp, sum(people)::int, '0', sum(people * ($6::date + 1 - on_date))::float8
         FROM outcome_figure_counts WHERE site_id = $1 AND figure = 'crises' AND on_date <= $6
        GROUP BY figure, grp`,
      [siteId, IN_PERIOD, period.from, period.to, NOW, period.asOf],
    );
    return sumsOf(rows);
  }
}

function sumsOf(rows: SumRow[]): OutcomeSums {
  const of = (figure: string) => rows.filter((row) => row.figure === figure);
  const change = (row: SumRow) => ({ people: row.people, totalChange: Number(row.amount) });
  const takeUp = of('budget-take-up').map((row): TakeUpRow => {
    const [stage, facet] = splitOnce(row.grp);
    const [dimension, value] = splitOnce(facet);
    return { stage, dimension, value, people: row.people };
  });
  return {
    activation: of('activation').map((row) => ({ cohort: row.grp, ...change(row) })),
    ratings: of('outcome-ratings').map((row) => ({ rating: row.grp, outcomes: row.people })),
    qualityOfLife: of('quality-of-life').map((row) => ({ instrument: row.grp, ...change(row) })),
    crises: of('crises').map((row) => ({ mark: row.grp, count: row.people, days: row.days })),
    budgetTakeUp: takeUp,
    budgets: of('budgets').map((row) => ({ cohort: row.grp, budgets: row.people, totalPence: Number(row.amount) })),
    spend: of('spend').map((row) => ({ cohort: row.grp, totalPence: Number(row.amount) })),
  };
}

/** 'a|b|c' as ['a', 'b|c']. */
function splitOnce(text: string): [string, string] {
  const bar = text.indexOf('|');
  return [text.slice(0, bar), text.slice(bar + 1)];
}
