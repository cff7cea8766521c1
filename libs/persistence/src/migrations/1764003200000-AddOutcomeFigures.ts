import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every outcome figure, as the contributions name them. */
const ALL_FIGURES = `ARRAY['activation', 'outcome-ratings', 'quality-of-life', 'crises', 'budget-take-up', 'budgets', 'spend']`;

/** A journey step that a later entered-in-error step took back. */
const ERASED = `EXISTS (SELECT 1 FROM journey_steps e WHERE e.participant_id = s.participant_id
                        AND e.step = 'entered-in-error' AND (e.details->>'sequence')::int = s.sequence)`;

/**
 * What one person adds to each outcome figure, read from their own records (a handful of indexed
 * rows each): one row per figure, group and date, with a count and an amount.
 */
const SOURCES = `
  CREATE FUNCTION programme_outcome_sources(person uuid, figures text[])
  RETURNS TABLE (participant_id uuid, site_id varchar, figure text, grp text, on_date date, people integer,
                 amount numeric)
  LANGUAGE sql STABLE AS $$
    -- Activation: people measured at least twice, the change from the first score to the latest.
    SELECT p.id, p.site_id, 'activation', p.cohort, m.latest_on, 1, m.latest - m.first
      FROM participants p,
           LATERAL (SELECT (array_agg((s.details->>'score')::numeric ORDER BY s.effective_on, s.sequence))[1] AS first,
                           (array_agg((s.details->>'score')::numeric
                                      ORDER BY s.effective_on DESC, s.sequence DESC))[1] AS latest,
                           max(s.effective_on) AS latest_on, count(*) AS measures
                      FROM journey_steps s
                     WHERE s.participant_id = p.id AND s.step = 'activation' AND s.details->>'score' IS NOT NULL
                       AND NOT ${ERASED}) m
     WHERE p.id = person AND 'activation' = ANY(figures) AND m.measures >= 2
    UNION ALL
    -- Plan outcomes: each outcome's latest rating, counted on the day of the review that gave it.
    SELECT p.id, p.site_id, 'outcome-ratings', r.rating, r.rated_on, count(*)::int, 0
      FROM participants p,
           LATERAL (SELECT DISTINCT ON ((rated->>'outcome')::int) rated->>'rating' AS rating, s.effective_on AS rated_on
                      FROM journey_steps s
                      JOIN step_narratives n ON n.participant_id = s.participant_id AND n.request_id = s.request_id
                     CROSS JOIN jsonb_array_elements(coalesce(n.narrative->'outcomeRatings', '[]')) rated
                     WHERE s.participant_id = p.id AND s.step = 'review' AND NOT ${ERASED}
                     ORDER BY (rated->>'outcome')::int, s.effective_on DESC, s.sequence DESC) r
     WHERE p.id = person AND 'outcome-ratings' = ANY(figures)
     GROUP BY p.id, p.site_id, r.rating, r.rated_on
    UNION ALL
    -- Quality of life: per instrument, people measured at least twice, the first score to the latest.
    SELECT p.id, p.site_id, 'quality-of-life', q.instrument, q.latest_on, 1, q.latest - q.first
      FROM participants p,
           LATERAL (SELECT m.instrument, (array_agg(m.score ORDER BY m.measured_on, m.recorded_at))[1] AS first,
                           (array_agg(m.score ORDER BY m.measured_on DESC, m.recorded_at DESC))[1] AS latest,
                           max(m.measured_on) AS latest_on, count(*) AS measures
                      FROM quality_of_life_measures m WHERE m.participant_id = p.id GROUP BY m.instrument) q
     WHERE p.id = person AND 'quality-of-life' = ANY(figures) AND q.measures >= 2
    UNION ALL
    -- Crises: the dates person-time starts and stops before and after the plan (an end is the day
    -- after the last day counted), and each event in the time it fell in.
    SELECT p.id, p.site_id, 'crises', marks.grp, marks.on_date, marks.people, 0
      FROM participants p,
           LATERAL (SELECT (p.stage_dates->>'identified')::date AS identified_on,
                           (SELECT min(s.effective_on) FROM journey_steps s
                             WHERE s.participant_id = p.id AND s.step = 'care-plan-agreement' AND NOT ${ERASED})
                             AS agreed_on,
                           p.closed_on + 1 AS after_closure) d,
           LATERAL (SELECT 'identified' AS grp, d.identified_on AS on_date, 1 AS people WHERE d.identified_on IS NOT NULL
                    UNION ALL
                    SELECT 'before-ended', least(d.agreed_on, d.after_closure), 1
                     WHERE d.identified_on IS NOT NULL AND least(d.agreed_on, d.after_closure) IS NOT NULL
                    UNION ALL
                    SELECT 'agreed', d.agreed_on, 1 WHERE d.agreed_on IS NOT NULL
                    UNION ALL
                    SELECT 'after-ended', d.after_closure, 1 WHERE d.agreed_on IS NOT NULL AND d.after_closure IS NOT NULL
                    UNION ALL
                    SELECT CASE WHEN e.occurred_on >= d.agreed_on THEN 'after|' ELSE 'before|' END || e.kind,
                           e.occurred_on, count(*)::int
                      FROM crisis_events e
                     WHERE e.participant_id = p.id AND e.occurred_on >= coalesce(least(d.identified_on, d.agreed_on), 'infinity')
                       AND e.occurred_on < coalesce(d.after_closure, 'infinity')
                     GROUP BY 1, 2) marks
     WHERE p.id = person AND 'crises' = ANY(figures)
    UNION ALL
    -- Budget take-up: the person's budget decision now, under each characteristic they are counted by.
    -- A figure of now, so undated: its roll-up keeps one row per group.
    SELECT p.id, p.site_id, 'budget-take-up', decision.made || '|' || facet, '-infinity'::date, 1, 0
      FROM participants p
      LEFT JOIN participant_demographics dm ON dm.participant_id = p.id,
           LATERAL (SELECT CASE s.step WHEN 'budget' THEN 'budget-holder' ELSE 'budget-decliner' END AS made
                      FROM journey_steps s
                     WHERE s.participant_id = p.id AND s.step IN ('budget', 'budget-decline') AND NOT ${ERASED}
                     ORDER BY s.sequence DESC LIMIT 1) decision,
           unnest(programme_take_up_facets(p.cohort, p.referred_on, p.date_of_birth, dm.sex, dm.ethnicity,
                                           dm.disability, dm.other)) facet
     WHERE p.id = person AND 'budget-take-up' = ANY(figures)
    UNION ALL
    -- Budgets: the budget an open journey runs on now (current_budgets), undated as take-up is.
    SELECT p.id, p.site_id, 'budgets', p.cohort, '-infinity'::date, 1, c.total_pence
      FROM participants p
      JOIN current_budgets c ON c.participant_id = p.id
     WHERE p.id = person AND 'budgets' = ANY(figures)
    UNION ALL
    -- Spend: what a person with a budget now spent, by day.
    SELECT p.id, p.site_id, 'spend', p.cohort, r.spent_on, count(*)::int, sum(r.amount_pence)
      FROM participants p
      JOIN current_budgets c ON c.participant_id = p.id
      JOIN spend_records r ON r.participant_id = p.id AND r.kind = 'spend'
     WHERE p.id = person AND 'spend' = ANY(figures)
     GROUP BY p.id, p.site_id, p.cohort, r.spent_on
  $$`;

/**
 * Outcome figures (activation and quality-of-life change, plan outcomes achieved, crises per
 * person-year before and after the plan, budget take-up, spend against budget), kept as the stage
 * counts are so no figure scans people:
 *
 * - `outcome_contributions`: what each person adds to each figure now, recomputed from their own
 *   records by `programme_refresh_outcomes` whenever a trigger sees one of those records change.
 * - Statement triggers on it append what was added and taken away to `outcome_figure_changes`;
 *   `programme_fold_outcomes(site)` moves that ledger into `outcome_figure_counts` when figures are
 *   read (one row per site, figure, group and day or month: it grows with days, not people).
 * - `programme_rebuild_outcome_figures()` recomputes all of it from the records (backfill, repair).
 */
export class AddOutcomeFigures1764003200000 implements MigrationInterface {
  name = 'AddOutcomeFigures1764003200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [...TABLES, SOURCES, ...FUNCTIONS, ...TRIGGERS]) await queryRunner.query(statement);
    await queryRunner.query(`SELECT programme_rebuild_outcome_figures()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [trigger, table] of TRIGGER_TABLES) await queryRunner.query(`DROP TRIGGER ${trigger} ON ${table}`);
    await queryRunner.query(`
      DROP FUNCTION programme_rebuild_outcome_figures(), programme_track_outcome_record(),
        programme_track_outcome_step(), programme_count_outcomes_added(), programme_count_outcomes_removed(),
        programme_fold_outcomes(text), programme_refresh_outcomes(uuid, text[]),
        programme_outcome_sources(uuid, text[])`);
    await queryRunner.query(`DROP TABLE outcome_contributions, outcome_figure_changes, outcome_figure_counts`);
  }
}

const TABLES = [
  `CREATE TABLE outcome_contributions (
     participant_id uuid NOT NULL,
     site_id varchar(64) NOT NULL,
     figure varchar(32) NOT NULL,
     grp varchar(200) NOT NULL,
     on_date date NOT NULL,
     people integer NOT NULL,
     amount numeric NOT NULL,
     CONSTRAINT outcome_contributions_participant_id_fkey FOREIGN KEY (participant_id)
       REFERENCES participants (id) ON DELETE CASCADE,
     PRIMARY KEY (participant_id, figure, grp, on_date)
   )`,
  `CREATE TABLE outcome_figure_changes (
     site_id varchar(64) NOT NULL,
     figure varchar(32) NOT NULL,
     grp varchar(200) NOT NULL,
     on_date date NOT NULL,
     people integer NOT NULL,
     amount numeric NOT NULL
   )`,
  `CREATE INDEX ix_outcome_figure_changes_site ON outcome_figure_changes (site_id)`,
  `CREATE TABLE outcome_figure_counts (
     site_id varchar(64) NOT NULL,
     figure varchar(32) NOT NULL,
     grp varchar(200) NOT NULL,
     on_date date NOT NULL,
     people integer NOT NULL,
     amount numeric NOT NULL,
     PRIMARY KEY (site_id, figure, grp, on_date)
   )`,
  `COMMENT ON TABLE outcome_figure_counts IS
     'Outcome figures by site, figure, group and day: a count and an amount (a change in score, pence)'`,
];

const FUNCTIONS = [
  // The person's row is locked first, so two records of one person changing at once recompute in turn.
  // A generic plan: a custom one prunes the figures not asked for, so it always looks cheaper, and
  // planning the whole of programme_outcome_sources on every call costs ten times running it.
  `CREATE FUNCTION programme_refresh_outcomes(person uuid, figures text[]) RETURNS void LANGUAGE plpgsql
   SET plan_cache_mode = force_generic_plan AS $$
   BEGIN
     PERFORM 1 FROM participants WHERE id = person FOR NO KEY UPDATE;
     DELETE FROM outcome_contributions WHERE participant_id = person AND figure = ANY(figures);
     INSERT INTO outcome_contributions (participant_id, site_id, figure, grp, on_date, people, amount)
     SELECT * FROM programme_outcome_sources(person, figures);
   END $$`,
  `CREATE FUNCTION programme_count_outcomes_added() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     INSERT INTO outcome_figure_changes (site_id, figure, grp, on_date, people, amount)
     SELECT site_id, figure, grp, on_date, sum(people), sum(amount) FROM added GROUP BY 1, 2, 3, 4;
     RETURN NULL;
   END $$`,
  `CREATE FUNCTION programme_count_outcomes_removed() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     INSERT INTO outcome_figure_changes (site_id, figure, grp, on_date, people, amount)
     SELECT site_id, figure, grp, on_date, -sum(people), -sum(amount) FROM removed GROUP BY 1, 2, 3, 4;
     RETURN NULL;
   END $$`,
  `CREATE FUNCTION programme_fold_outcomes(site text) RETURNS void LANGUAGE sql AS $$
     WITH moved AS (
       DELETE FROM outcome_figure_changes WHERE site IS NULL OR site_id = site
       RETURNING site_id, figure, grp, on_date, people, amount
     )
     INSERT INTO outcome_figure_counts AS counts (site_id, figure, grp, on_date, people, amount)
     SELECT site_id, figure, grp, on_date, sum(people), sum(amount) FROM moved
      GROUP BY 1, 2, 3, 4 HAVING sum(people) <> 0 OR sum(amount) <> 0 ORDER BY 1, 2, 3, 4
     ON CONFLICT (site_id, figure, grp, on_date)
     DO UPDATE SET people = counts.people + EXCLUDED.people, amount = counts.amount + EXCLUDED.amount
   $$`,
  // A record about one person changed: recompute the figures named in the trigger's arguments.
  `CREATE FUNCTION programme_track_outcome_record() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE
     changed jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
   BEGIN
     PERFORM programme_refresh_outcomes(coalesce(changed->>'participant_id', changed->>'id')::uuid, TG_ARGV);
     RETURN NULL;
   END $$`,
  `CREATE FUNCTION programme_track_outcome_step() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     PERFORM programme_refresh_outcomes(NEW.participant_id, CASE NEW.step
       WHEN 'activation' THEN ARRAY['activation']
       WHEN 'review' THEN ARRAY['outcome-ratings']
       WHEN 'care-plan-agreement' THEN ARRAY['crises']
       WHEN 'entered-in-error' THEN ARRAY['activation', 'outcome-ratings', 'crises', 'budget-take-up']
       ELSE ARRAY['budget-take-up'] END);
     RETURN NULL;
   END $$`,
  `CREATE FUNCTION programme_rebuild_outcome_figures() RETURNS void LANGUAGE plpgsql AS $$
   BEGIN
     TRUNCATE outcome_contributions, outcome_figure_changes, outcome_figure_counts;
     INSERT INTO outcome_contributions (participant_id, site_id, figure, grp, on_date, people, amount)
     SELECT s.* FROM participants p, programme_outcome_sources(p.id, ${ALL_FIGURES}) s;
     PERFORM programme_fold_outcomes(NULL);
   END $$`,
];

const TRIGGER_TABLES = [
  ['programme_outcomes_added', 'outcome_contributions'],
  ['programme_outcomes_removed', 'outcome_contributions'],
  ['programme_outcomes_on_steps', 'journey_steps'],
  ['programme_outcomes_on_ratings', 'step_narratives'],
  ['programme_outcomes_on_quality_of_life', 'quality_of_life_measures'],
  ['programme_outcomes_on_crises', 'crisis_events'],
  ['programme_outcomes_on_referral', 'participants'],
  ['programme_outcomes_on_participant', 'participants'],
  ['programme_outcomes_on_demographics', 'participant_demographics'],
  ['programme_outcomes_on_budget', 'current_budgets'],
  ['programme_outcomes_on_spend', 'spend_records'],
] as const;

const TRIGGERS = [
  `CREATE TRIGGER programme_outcomes_added AFTER INSERT ON outcome_contributions
     REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION programme_count_outcomes_added()`,
  `CREATE TRIGGER programme_outcomes_removed AFTER DELETE ON outcome_contributions
     REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION programme_count_outcomes_removed()`,
  // A date amendment updates the step's effective_on; a step entered in error takes one back.
  `CREATE TRIGGER programme_outcomes_on_steps AFTER INSERT OR UPDATE OF effective_on ON journey_steps FOR EACH ROW
     WHEN (NEW.step IN ('activation', 'review', 'care-plan-agreement', 'budget', 'budget-decline', 'entered-in-error'))
     EXECUTE FUNCTION programme_track_outcome_step()`,
  // An amended review narrative can change its ratings.
  `CREATE TRIGGER programme_outcomes_on_ratings AFTER UPDATE OF narrative ON step_narratives FOR EACH ROW
     WHEN (NEW.step = 'review') EXECUTE FUNCTION programme_track_outcome_record('outcome-ratings')`,
  `CREATE TRIGGER programme_outcomes_on_quality_of_life AFTER INSERT OR UPDATE OR DELETE ON quality_of_life_measures
     FOR EACH ROW EXECUTE FUNCTION programme_track_outcome_record('quality-of-life')`,
  `CREATE TRIGGER programme_outcomes_on_crises AFTER INSERT OR UPDATE OR DELETE ON crisis_events
     FOR EACH ROW EXECUTE FUNCTION programme_track_outcome_record('crises')`,
  // A person loaded already identified (a data load) starts their person-time at once.
  `CREATE TRIGGER programme_outcomes_on_referral AFTER INSERT ON participants FOR EACH ROW
     WHEN (NEW.stage_dates ? 'identified') EXECUTE FUNCTION programme_track_outcome_record('crises')`,
  `CREATE TRIGGER programme_outcomes_on_participant AFTER UPDATE ON participants FOR EACH ROW
     WHEN (OLD.stage_dates->>'identified' IS DISTINCT FROM NEW.stage_dates->>'identified'
        OR OLD.closed_on IS DISTINCT FROM NEW.closed_on OR OLD.cohort IS DISTINCT FROM NEW.cohort
        OR OLD.date_of_birth IS DISTINCT FROM NEW.date_of_birth OR OLD.referred_on IS DISTINCT FROM NEW.referred_on
        OR OLD.site_id IS DISTINCT FROM NEW.site_id)
     EXECUTE FUNCTION programme_track_outcome_record('activation', 'outcome-ratings', 'quality-of-life', 'crises',
                                                     'budget-take-up', 'budgets', 'spend')`,
  `CREATE TRIGGER programme_outcomes_on_demographics AFTER INSERT OR UPDATE OR DELETE ON participant_demographics
     FOR EACH ROW EXECUTE FUNCTION programme_track_outcome_record('budget-take-up')`,
  `CREATE TRIGGER programme_outcomes_on_budget AFTER INSERT OR UPDATE OR DELETE ON current_budgets
     FOR EACH ROW EXECUTE FUNCTION programme_track_outcome_record('budgets', 'spend')`,
  `CREATE TRIGGER programme_outcomes_on_spend AFTER INSERT OR UPDATE OR DELETE ON spend_records
     FOR EACH ROW EXECUTE FUNCTION programme_track_outcome_record('spend')`,
];
