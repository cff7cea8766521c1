import { Inject, Injectable } from '@nestjs/common';
import { DEPLOYMENT_OPTIONS, FUNDERS } from '@ipc/domain';
import { DataSource } from 'typeorm';
import { stepsAsRecorded } from '../journeys/steps-as-recorded';

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

/** The instant a quarter ending on $3 closes: midnight in London after its last day. */
const CUTOFF = `(($3::date + 1)::timestamp AT TIME ZONE 'Europe/London')`;

/**
 * Whether an event dated `effective` and recorded at `recorded` counts in the quarter (`bounds b`):
 * recorded by its end, and dated inside it, or dated before it but recorded during it (a late
 * record counts in the quarter it was recorded in, so it is counted once and never changes a
 * quarter that has ended).
 */
const countedInQuarter = (effective: string, recorded: string) =>
  `(${recorded} < b.cutoff AND ${effective} <= b.last_day AND (${effective} >= b.first_day OR ${recorded} >= b.opened))`;

const FUNDER_SUMS = FUNDERS.map(
  (funder, index) => `
    SELECT ${index} AS place, '${funder}' AS funder,
           count(*) FILTER (WHERE (by_funder->>'${funder}')::bigint > 0) AS people,
           coalesce(sum((by_funder->>'${funder}')::bigint), 0) AS pence
      FROM budgets_at_end`,
).join(' UNION ALL ');

/**
 * $1 site, $2 the quarter's first day, $3 its last. `steps`: each journey step of the site as the
 * record stood at the quarter's end; `at_end`: each journey's stage on its last day; then the
 * budgets (and their parts) in force that day, and the events counted in the quarter.
 */
const QUARTER_RETURN = `
  WITH bounds AS (
    SELECT $2::date AS first_day, $3::date AS last_day,
           ($2::date::timestamp AT TIME ZONE 'Europe/London') AS opened, ${CUTOFF} AS cutoff
  ),
  steps AS (${stepsAsRecorded({ owners: 'SELECT id FROM participants WHERE site_id = $1', before: CUTOFF })}),
  at_end AS (
    SELECT s.participant_id, s.to_stage AS stage
      FROM steps s
      JOIN (SELECT participant_id, max(sequence) AS sequence FROM steps CROSS JOIN bounds b
             WHERE effective_on <= b.last_day GROUP BY participant_id) latest USING (participant_id, sequence)
  ),
  open_at_end AS (SELECT participant_id FROM at_end WHERE stage <> 'closed'),
  budgets_at_end AS (
    SELECT DISTINCT ON (pb.participant_id) pb.participant_id, pb.by_funder, pb.parts
      FROM personal_budgets pb JOIN open_at_end o USING (participant_id) CROSS JOIN bounds b
     WHERE pb.effective_on <= b.last_day AND pb.created_at < b.cutoff
     ORDER BY pb.participant_id, pb.version DESC
  ),
  -- A direct payment withdrawn by the quarter's end counts as notional, as in the budget figures.
  parts_at_end AS (
    SELECT bae.participant_id,
           CASE WHEN (part->>'withdrawnOn')::date <= b.last_day THEN 'notional' ELSE part->>'deployment' END
             AS deployment,
           (part->>'amountPence')::bigint AS amount
      FROM budgets_at_end bae CROSS JOIN LATERAL jsonb_array_elements(bae.parts) part CROSS JOIN bounds b
  ),
  first_identified AS (
    SELECT DISTINCT ON (participant_id) effective_on, recorded_at FROM steps
     WHERE step = 'identification' AND to_stage = 'identified'
     ORDER BY participant_id, effective_on, sequence
  ),
  reviews AS (
    SELECT effective_on <= review_due_on AS on_time FROM steps CROSS JOIN bounds b
     WHERE step = 'review' AND ${countedInQuarter('effective_on', 'recorded_at')}
  ),
  activation AS (
    SELECT participant_id FROM steps CROSS JOIN bounds b
     WHERE step = 'activation' AND score IS NOT NULL AND ${countedInQuarter('effective_on', 'recorded_at')}
  )
  SELECT to_char(b.cutoff AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "recordedBefore",
         (SELECT count(*) FROM first_identified WHERE ${countedInQuarter('effective_on', 'recorded_at')})
           AS identified,
         (SELECT count(DISTINCT s.participant_id) FROM steps s JOIN open_at_end USING (participant_id)
           WHERE s.step = 'care-plan-agreement' AND s.effective_on <= b.last_day) AS "withPlan",
         (SELECT count(*) FROM budgets_at_end) AS "withPersonalBudget",
         (SELECT coalesce(json_agg(d), '[]') FROM (
            SELECT deployment, count(DISTINCT participant_id) AS people, sum(amount) AS pence
              FROM parts_at_end GROUP BY deployment) d) AS deployments,
         (SELECT json_agg(f ORDER BY place) FROM (${FUNDER_SUMS}) f) AS funders,
         (SELECT count(*) FROM carers c
           WHERE c.site_id = $1 AND ${countedInQuarter('c.identified_on', 'c.created_at')}) AS "carersIdentified",
         (SELECT count(DISTINCT cs.carer_id) FROM carer_steps cs JOIN carers c ON c.id = cs.carer_id
           WHERE c.site_id = $1 AND cs.step = 'assessment' AND cs.to_stage = 'assessed'
             AND ${countedInQuarter('cs.effective_on', 'cs.recorded_at')}) AS "carersAssessed",
         (SELECT count(*) FROM reviews WHERE on_time) AS "reviewsOnTime",
         (SELECT count(*) FROM reviews WHERE NOT on_time) AS "reviewsLate",
         (SELECT count(*) FROM activation) AS "activationMeasures",
         (SELECT count(DISTINCT participant_id) FROM activation) AS "activationPeople",
         (SELECT coalesce(json_agg(q ORDER BY instrument), '[]') FROM (
            SELECT instrument, count(*) AS measures, count(DISTINCT participant_id) AS people
              FROM quality_of_life_measures
             WHERE site_id = $1 AND ${countedInQuarter('measured_on', 'recorded_at')}
             GROUP BY instrument) q) AS "qualityOfLife"
    FROM bounds b`;

type Sums = { people: number | string; pence: number | string };

interface QuarterRow {
  recordedBefore: string;
  deployments: ({ deployment: string } & Sums)[];
  funders: ({ funder: string } & Sums)[];
  qualityOfLife: { instrument: string; measures: number; people: number }[];
  [count: string]: unknown;
}

/**
 * A quarter's figures for the periodic data return, counted so that a quarter, once ended, always
 * gives the same answer: events (identification, reviews, measures, carers) by `countedInQuarter`;
 * who has a plan or a budget at the quarter's end by what was recorded, and in force, by then.
 */
@Injectable()
export class DataReturnRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async quarter(siteId: string, period: ReturnPeriod): Promise<DataReturnCounts> {
    const [row] = await this.dataSource.query<QuarterRow[]>(QUARTER_RETURN, [siteId, period.from, period.to]);
    const count = (name: string) => Number(row[name]);
    const byDeployment = new Map(row.deployments.map((sums) => [sums.deployment, sums]));
    return {
      recordedBefore: row.recordedBefore,
      identified: count('identified'),
      withPlan: count('withPlan'),
      withPersonalBudget: count('withPersonalBudget'),
      byDeployment: DEPLOYMENT_OPTIONS.map((deployment) => ({
        deployment,
        people: Number(byDeployment.get(deployment)?.people ?? 0),
        totalPence: Number(byDeployment.get(deployment)?.pence ?? 0),
      })),
      byFunder: row.funders.map(({ funder, people, pence }) => ({
        funder,
        people: Number(people),
        totalPence: Number(pence),
      })),
      carersIdentified: count('carersIdentified'),
      carersAssessed: count('carersAssessed'),
      reviewsOnTime: count('reviewsOnTime'),
      reviewsLate: count('reviewsLate'),
      activationMeasures: count('activationMeasures'),
      activationPeople: count('activationPeople'),
      qualityOfLife: row.qualityOfLife.map(({ instrument, measures, people }) => ({
        instrument,
        measures: Number(measures),
        people: Number(people),
      })),
    };
  }
}
