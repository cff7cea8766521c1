import type { MigrationInterface, QueryRunner } from 'typeorm';
import { stepsAsRecorded } from '../journeys/steps-as-recorded';

const OUTCOME_FIGURES = [
  'activation',
  'outcome-ratings',
  'quality-of-life',
  'crises',
  'budget-take-up',
  'budgets',
  'spend',
];
/** Events counted in the quarter they land in; what is in force counted as changes at each quarter's end. */
const RETURN_FIGURES = ['return-events', 'return-in-force'];

const sqlArray = (names: string[]) => `ARRAY[${names.map((name) => `'${name}'`).join(', ')}]`;

/**
 * The quarter (its first day) an event dated `effective` and recorded at `recorded` counts in: the
 * later of the quarter of its date and the quarter of its recording (London). So an event counts in
 * a quarter if recorded by its end and dated inside it, or dated before it and recorded during it:
 * a late record counts once, in the quarter it was recorded in, and never changes one that has ended.
 */
const COUNTED_QUARTER = `
  CREATE FUNCTION programme_counted_quarter(effective date, recorded timestamptz)
  RETURNS date LANGUAGE sql IMMUTABLE AS $$
    SELECT greatest(date_trunc('quarter', effective::timestamp),
                    date_trunc('quarter', recorded AT TIME ZONE 'Europe/London'))::date
  $$`;

/**
 * What one person adds to each quarter's data return, read from their own records as each quarter's
 * end saw them. It can change only in a quarter holding one of their dates (a step's date, amended
 * date or recording; a budget's; a part's withdrawal; a measure's), so only those quarters are read:
 * the events that land in each (`return-events`), and what is in force at its end as the change
 * from the quarter read before (`return-in-force`: a sum up to a quarter gives what is in force then).
 */
const RETURN_SOURCES = `
  CREATE FUNCTION programme_return_sources(person uuid)
  RETURNS TABLE (participant_id uuid, site_id varchar, figure text, grp text, on_date date, people integer,
                 amount numeric)
  LANGUAGE sql STABLE AS $$
    WITH marks AS (
      SELECT unnest(ARRAY[s.effective_on, (s.recorded_at AT TIME ZONE 'Europe/London')::date,
                          (s.details->>'amendedDate')::date]) AS on_date
        FROM journey_steps s WHERE s.participant_id = person
      UNION
      SELECT unnest(ARRAY[b.effective_on, (b.created_at AT TIME ZONE 'Europe/London')::date]
                    || ARRAY(SELECT (part->>'withdrawnOn')::date FROM jsonb_array_elements(b.parts) part))
        FROM personal_budgets b WHERE b.participant_id = person
      UNION
      SELECT unnest(ARRAY[m.measured_on, (m.recorded_at AT TIME ZONE 'Europe/London')::date])
        FROM quality_of_life_measures m WHERE m.participant_id = person
    ),
    bounds AS (
      SELECT q.first_day, (q.first_day + interval '3 months')::date - 1 AS last_day,
             (q.first_day + interval '3 months')::timestamp AT TIME ZONE 'Europe/London' AS cutoff,
             lead(q.first_day) OVER (ORDER BY q.first_day) AS next_read
        FROM (SELECT DISTINCT date_trunc('quarter', on_date::timestamp)::date AS first_day
                FROM marks WHERE on_date IS NOT NULL) q
    ),
    steps AS (
      SELECT b.first_day, b.last_day, s.*
        FROM bounds b
       CROSS JOIN LATERAL (${stepsAsRecorded({ owners: 'SELECT person', before: 'b.cutoff' })}) s
    ),
    open_at_end AS (
      SELECT first_day, last_day FROM (
        SELECT DISTINCT ON (first_day) first_day, last_day, to_stage FROM steps
         WHERE effective_on <= last_day ORDER BY first_day, sequence DESC) latest
       WHERE to_stage <> 'closed'
    ),
    budgets_at_end AS (
      SELECT DISTINCT ON (o.first_day) o.first_day, o.last_day, pb.by_funder, pb.parts
        FROM open_at_end o JOIN bounds b USING (first_day)
        JOIN personal_budgets pb ON pb.participant_id = person AND pb.effective_on <= o.last_day
                                AND pb.created_at < b.cutoff
       ORDER BY o.first_day, pb.version DESC
    ),
    in_force AS (
      SELECT o.first_day, 'with-plan' AS grp, 1 AS people, 0::numeric AS amount FROM open_at_end o
       WHERE EXISTS (SELECT 1 FROM steps s WHERE s.first_day = o.first_day AND s.step = 'care-plan-agreement'
                        AND s.effective_on <= o.last_day)
      UNION ALL
      SELECT first_day, 'with-budget', 1, 0 FROM budgets_at_end
      UNION ALL
      -- A direct payment withdrawn by the quarter's end counts as notional, as in the budget figures.
      SELECT bae.first_day,
             'deployment|' || CASE WHEN (part->>'withdrawnOn')::date <= bae.last_day THEN 'notional'
                                   ELSE part->>'deployment' END,
             1, sum((part->>'amountPence')::bigint)
        FROM budgets_at_end bae CROSS JOIN LATERAL jsonb_array_elements(bae.parts) part
       GROUP BY 1, 2
      UNION ALL
      SELECT bae.first_day, 'funder|' || funder.key, (funder.value::bigint > 0)::int, funder.value::bigint
        FROM budgets_at_end bae CROSS JOIN LATERAL jsonb_each_text(bae.by_funder) funder
    ),
    first_identified AS (
      SELECT DISTINCT ON (first_day) first_day, effective_on, recorded_at FROM steps
       WHERE step = 'identification' AND to_stage = 'identified'
       ORDER BY first_day, effective_on, sequence
    ),
    counted_steps AS (
      SELECT * FROM steps s WHERE programme_counted_quarter(s.effective_on, s.recorded_at) = s.first_day
    ),
    events AS (
      SELECT first_day, 'identified' AS grp, 1 AS people, 0::numeric AS amount FROM first_identified
       WHERE programme_counted_quarter(effective_on, recorded_at) = first_day
      UNION ALL
      SELECT first_day, CASE WHEN effective_on <= review_due_on THEN 'reviews-on-time' ELSE 'reviews-late' END,
             count(*)::int, 0
        FROM counted_steps WHERE step = 'review' AND review_due_on IS NOT NULL GROUP BY 1, 2
      UNION ALL
      -- Measures: the person once (people), each measure taken (amount).
      SELECT first_day, 'activation', 1, count(*) FROM counted_steps
       WHERE step = 'activation' AND score IS NOT NULL GROUP BY 1
      UNION ALL
      SELECT b.first_day, 'quality-of-life|' || m.instrument, 1, count(*)
        FROM bounds b JOIN quality_of_life_measures m ON m.participant_id = person
                       AND programme_counted_quarter(m.measured_on, m.recorded_at) = b.first_day
       GROUP BY 1, 2
    ),
    changes AS (
      SELECT 'return-events' AS figure, first_day, grp, people, amount FROM events
      UNION ALL
      SELECT 'return-in-force', first_day, grp, people, amount FROM in_force
      UNION ALL
      SELECT 'return-in-force', b.next_read, f.grp, -f.people, -f.amount
        FROM in_force f JOIN bounds b USING (first_day) WHERE b.next_read IS NOT NULL
    )
    SELECT p.id, p.site_id, c.figure, c.grp, c.first_day, sum(c.people)::int, sum(c.amount)
      FROM participants p CROSS JOIN changes c
     WHERE p.id = person
     GROUP BY p.id, p.site_id, c.figure, c.grp, c.first_day
    HAVING sum(c.people) <> 0 OR sum(c.amount) <> 0
  $$`;

/** Every outcome contribution of the named figures, the data return's among them, recomputed; then the roll-up. */
const rebuildOutcomeFigures = (figures: string[]) => `
  CREATE OR REPLACE FUNCTION programme_rebuild_outcome_figures() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    TRUNCATE outcome_contributions, outcome_figure_changes, outcome_figure_counts;
    INSERT INTO outcome_contributions (participant_id, site_id, figure, grp, on_date, people, amount)
    SELECT s.* FROM participants p, programme_outcome_sources(p.id, ${sqlArray(figures)}) s;
    PERFORM programme_fold_outcomes(NULL);
  END $$`;

const TRIGGERS: [name: string, table: string, when: string][] = [
  // A review's due date is written just after its step; recording times move only when records are
  // loaded with the times they were first made.
  ['programme_returns_on_steps', 'journey_steps', 'AFTER INSERT OR UPDATE OF effective_on, recorded_at, review_due_on'],
  ['programme_returns_on_budgets', 'personal_budgets', 'AFTER INSERT OR UPDATE OR DELETE'],
  ['programme_returns_on_quality_of_life', 'quality_of_life_measures', 'AFTER INSERT OR UPDATE OR DELETE'],
  ['programme_returns_on_site', 'participants', 'AFTER UPDATE OF site_id'],
];

/**
 * The quarterly data return read from a roll-up kept as records arrive, instead of recounting every
 * journey of the site as each quarter's end saw it (1.4 to 2.2 s at 50,000 people). Each person's
 * part is an outcome contribution (figures `return-events` and `return-in-force`, dated by the
 * quarter's first day), so the outcome figures' ledger and fold keep it: `programme_outcome_sources`
 * now gives both, the outcome figures' own from `programme_outcome_figure_sources`. Backfilled here.
 */
export class AddDataReturnRollUp1764003700000 implements MigrationInterface {
  name = 'AddDataReturnRollUp1764003700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(COUNTED_QUARTER);
    await queryRunner.query(RETURN_SOURCES);
    await queryRunner.query(
      `ALTER FUNCTION programme_outcome_sources(uuid, text[]) RENAME TO programme_outcome_figure_sources`,
    );
    await queryRunner.query(`
      CREATE FUNCTION programme_outcome_sources(person uuid, figures text[])
      RETURNS TABLE (participant_id uuid, site_id varchar, figure text, grp text, on_date date, people integer,
                     amount numeric)
      LANGUAGE sql STABLE AS $$
        SELECT * FROM programme_outcome_figure_sources(person, figures)
        UNION ALL
        SELECT * FROM programme_return_sources(person) r
         WHERE figures && ${sqlArray(RETURN_FIGURES)} AND r.figure = ANY(figures)
      $$`);
    await queryRunner.query(rebuildOutcomeFigures([...OUTCOME_FIGURES, ...RETURN_FIGURES]));
    for (const [name, table, when] of TRIGGERS) {
      await queryRunner.query(
        `CREATE TRIGGER ${name} ${when} ON ${table} FOR EACH ROW
           EXECUTE FUNCTION programme_track_outcome_record(${RETURN_FIGURES.map((figure) => `'${figure}'`).join(', ')})`,
      );
    }
    // Carers are counted straight from their records, a quarter's worth each, through these.
    await queryRunner.query(
      `CREATE INDEX ix_carers_counted_quarter ON carers (site_id, programme_counted_quarter(identified_on, created_at))`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_carer_steps_assessed_quarter ON carer_steps (programme_counted_quarter(effective_on, recorded_at))
        WHERE step = 'assessment' AND to_stage = 'assessed'`,
    );
    await queryRunner.query(`
      INSERT INTO outcome_contributions (participant_id, site_id, figure, grp, on_date, people, amount)
      SELECT s.* FROM participants p, programme_return_sources(p.id) s`);
    await queryRunner.query(`SELECT programme_fold_outcomes(NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name, table] of TRIGGERS) await queryRunner.query(`DROP TRIGGER ${name} ON ${table}`);
    await queryRunner.query(`DELETE FROM outcome_contributions WHERE figure = ANY(${sqlArray(RETURN_FIGURES)})`);
    await queryRunner.query(`SELECT programme_fold_outcomes(NULL)`);
    await queryRunner.query(rebuildOutcomeFigures(OUTCOME_FIGURES));
    await queryRunner.query(`DROP FUNCTION programme_outcome_sources(uuid, text[])`);
    await queryRunner.query(
      `ALTER FUNCTION programme_outcome_figure_sources(uuid, text[]) RENAME TO programme_outcome_sources`,
    );
    await queryRunner.query(`DROP INDEX ix_carers_counted_quarter, ix_carer_steps_assessed_quarter`);
    await queryRunner.query(
      `DROP FUNCTION programme_return_sources(uuid), programme_counted_quarter(date, timestamptz)`,
    );
  }
}
