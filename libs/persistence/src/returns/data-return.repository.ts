import { Inject, Injectable } from '@nestjs/common';
import { DEPLOYMENT_OPTIONS, FUNDERS } from '@ipc/domain';
import { DataSource } from 'typeorm';

const QUALITY_OF_LIFE = 'quality-of-life|';

/** A quarter's first and last days (Europe/London calendar dates). */
export interface ReturnPeriod {
  from: string;
  to: string;
}

/** Exact counts for one quarter, before any suppression; money in integer pence. */
export interface DataReturnCounts {
  /** Only what was recorded before this instant counts: the start of the day after the quarter. */
  recordedBefore: string;
  identified: number;
  withPlan: number;
  withPersonalBudget: number;
  byDeployment: { deployment: string; people: number; totalPence: number }[];
  byFunder: { funder: string; people: number; totalPence: number }[];
  carersIdentified: number;
  carersAssessed: number;
  reviewsOnTime: number;
  reviewsLate: number;
  activationMeasures: number;
  activationPeople: number;
  qualityOfLife: { instrument: string; measures: number; people: number }[];
}

/**
 * $1 site, $2 the quarter's first day, $3 its last. People's part from the roll-up
 * (1764003700000-AddDataReturnRollUp): the events that landed in the quarter, and what was in force
 * at its end as the sum of the changes up to it. Carers from their records, a quarter's worth each
 * through an index on the quarter they count in.
 */
const QUARTER_RETURN = `
  SELECT to_char((($3::date + 1)::timestamp AT TIME ZONE 'Europe/London') AT TIME ZONE 'UTC',
                 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "recordedBefore",
         (SELECT coalesce(json_agg(c), '[]') FROM (
            SELECT figure, grp, sum(people) AS people, sum(amount) AS amount FROM outcome_figure_counts
             WHERE site_id = $1 AND (figure = 'return-events' AND on_date = $2::date
                                     OR figure = 'return-in-force' AND on_date <= $2::date)
             GROUP BY figure, grp) c) AS counts,
         (SELECT count(*) FROM carers
           WHERE site_id = $1 AND programme_counted_quarter(identified_on, created_at) = $2::date) AS "carersIdentified",
         (SELECT count(DISTINCT cs.carer_id) FROM carer_steps cs JOIN carers c ON c.id = cs.carer_id
           WHERE cs.step = 'assessment' AND cs.to_stage = 'assessed'
             AND programme_counted_quarter(cs.effective_on, cs.recorded_at) = $2::date AND c.site_id = $1)
           AS "carersAssessed"`;

/** One roll-up group's sums: a count of people (or of reviews) and an amount (measures taken, pence). */
interface GroupSums {
  figure: 'return-events' | 'return-in-force';
  grp: string;
  people: number | string;
  amount: number | string;
}

interface QuarterRow {
  recordedBefore: string;
  counts: GroupSums[];
  carersIdentified: string;
  carersAssessed: string;
}

/**
 * A quarter's figures for the periodic data return, counted so that a quarter, once ended, always
 * gives the same answer: events (identification, reviews, measures, carers) in the later of the
 * quarter of their date and the quarter they were recorded in; who has a plan or a budget at the
 * quarter's end by what was recorded, and in force, by then.
 */
@Injectable()
export class DataReturnRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async quarter(siteId: string, period: ReturnPeriod): Promise<DataReturnCounts> {
    await this.dataSource.query(`SELECT programme_fold_outcomes($1)`, [siteId]);
    const [row] = await this.dataSource.query<QuarterRow[]>(QUARTER_RETURN, [siteId, period.from, period.to]);
    const sums = new Map(row.counts.map((group) => [`${group.figure}:${group.grp}`, group]));
    const inForce = (grp: string) => sums.get(`return-in-force:${grp}`);
    const event = (grp: string) => sums.get(`return-events:${grp}`);
    const people = (group?: GroupSums) => Number(group?.people ?? 0);
    const amount = (group?: GroupSums) => Number(group?.amount ?? 0);
    const instruments = row.counts
      .filter(({ figure, grp }) => figure === 'return-events' && grp.startsWith(QUALITY_OF_LIFE))
      .map((group) => ({ instrument: group.grp.slice(QUALITY_OF_LIFE.length), group }))
      .sort((a, b) => (a.instrument < b.instrument ? -1 : 1));
    return {
      recordedBefore: row.recordedBefore,
      identified: people(event('identified')),
      withPlan: people(inForce('with-plan')),
      withPersonalBudget: people(inForce('with-budget')),
      byDeployment: DEPLOYMENT_OPTIONS.map((deployment) => ({
        deployment,
        people: people(inForce(`deployment|${deployment}`)),
        totalPence: amount(inForce(`deployment|${deployment}`)),
      })),
      byFunder: FUNDERS.map((funder) => ({
        funder,
        people: people(inForce(`funder|${funder}`)),
        totalPence: amount(inForce(`funder|${funder}`)),
      })),
      carersIdentified: Number(row.carersIdentified),
      carersAssessed: Number(row.carersAssessed),
      reviewsOnTime: people(event('reviews-on-time')),
      reviewsLate: people(event('reviews-late')),
      activationMeasures: amount(event('activation')),
      activationPeople: people(event('activation')),
      qualityOfLife: instruments.map(({ instrument, group }) => ({
        instrument,
        measures: amount(group),
        people: people(group),
      })),
    };
  }
}
