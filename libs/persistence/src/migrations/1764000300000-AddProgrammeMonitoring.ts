import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Programme monitoring: site settings, participants' demographics, and the read models the
 * programme figures come from, so no figure scans journeys or walks workflows.
 *
 * - `stage_stays`: one row per stay in a stage (entered, left, where to next), kept by a trigger on
 *   `journey_steps`. Every stage move is a journey step, whichever code path records it (the journey
 *   activity, the referral, a data load), so the stays cannot drift from the timeline; the trigger
 *   places a step by its sequence, so steps that arrive out of order still give the right stays.
 * - Roll-ups, small tables of counts whose size grows with days and categories, not with people:
 *   stays by the day they began and where they went next (`stage_entry_counts`), people at each
 *   stage now (`stage_population_counts`), finished stays by month and whole days spent
 *   (`stage_exit_counts`), people who reached each stage by characteristic (`take_up_counts`) and
 *   steps recorded (`journey_step_counts`).
 * - Triggers only append +1/-1 rows to change ledgers (`*_changes`); `programme_fold_*` moves them
 *   into the roll-ups when the figures are read. So a busy site never queues on one hot counter row
 *   (a referral's transaction lasts as long as its journey takes to start), and a step costs a few
 *   inserts. A fold is one statement: a concurrent fold waits on the rows it deletes, then finds them
 *   gone; its upserts go in key order, so two folds never deadlock.
 * - `programme_rebuild_read_models()` rebuilds all of it from the records: it backfills existing
 *   journeys here and repairs the read models if they are ever in doubt.
 */
export class AddProgrammeMonitoring1764000300000 implements MigrationInterface {
  name = 'AddProgrammeMonitoring1764000300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [...TABLES, ...FUNCTIONS, ...TRIGGERS]) await queryRunner.query(statement);
    await queryRunner.query(`SELECT programme_rebuild_read_models()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER programme_count_steps ON journey_steps`);
    await queryRunner.query(`DROP TRIGGER programme_count_stays ON stage_stays`);
    await queryRunner.query(`DROP TRIGGER programme_take_up_on_insert ON participants`);
    await queryRunner.query(`DROP TRIGGER programme_take_up_on_change ON participants`);
    await queryRunner.query(`DROP TRIGGER programme_take_up_on_delete ON participants`);
    await queryRunner.query(`DROP TRIGGER programme_take_up_on_demographics ON participant_demographics`);
    await queryRunner.query(`
      DROP FUNCTION programme_rebuild_read_models(), programme_track_journey_step(), programme_track_stage_stay(),
        programme_track_participant(), programme_track_participant_delete(), programme_track_demographics(),
        programme_fold_stage_stays(text), programme_fold_take_up(text), programme_fold_journey_steps(text),
        programme_take_up_facets(text, date, date, text, text, text, jsonb),
        programme_change_take_up(text, jsonb, text[], text, jsonb, text[])`);
    await queryRunner.query(`
      DROP TABLE journey_step_changes, journey_step_counts, take_up_changes, take_up_counts, stage_stay_changes,
        stage_entry_counts, stage_population_counts, stage_exit_counts, stage_stays, participant_demographics,
        site_settings`);
    await queryRunner.query(`DROP INDEX ix_participants_open_with_plan`);
  }
}

const TABLES = [
  `CREATE TABLE site_settings (
     site_id varchar(64) PRIMARY KEY,
     population integer NULL CHECK (population > 0),
     characteristics jsonb NOT NULL DEFAULT '[]',
     expected_per_1000 jsonb NOT NULL DEFAULT '{}',
     updated_by varchar(64) NOT NULL,
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE TABLE participant_demographics (
     participant_id uuid PRIMARY KEY REFERENCES participants (id) ON DELETE CASCADE,
     site_id varchar(64) NOT NULL,
     sex varchar(32) NULL,
     ethnicity varchar(64) NULL,
     disability varchar(32) NULL,
     other jsonb NOT NULL DEFAULT '{}',
     recorded_by varchar(64) NOT NULL,
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,
  // People with an agreed care and support plan whose journey is open (the projection).
  `CREATE INDEX ix_participants_open_with_plan ON participants (site_id, cohort)
     WHERE closed_on IS NULL AND stage_dates ? 'plan-agreed'`,

  `CREATE TABLE stage_stays (
     participant_id uuid NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
     entered_sequence integer NOT NULL,
     site_id varchar(64) NOT NULL,
     cohort varchar(64) NOT NULL,
     stage varchar(32) NOT NULL,
     from_stage varchar(32) NULL,
     entered_on date NOT NULL,
     left_on date NULL,
     next_stage varchar(32) NULL,
     PRIMARY KEY (participant_id, entered_sequence)
   )`,
  // Time in stage at the edges of a period (part months) and for stays still going at its end.
  `CREATE INDEX ix_stage_stays_left ON stage_stays (site_id, left_on) INCLUDE (stage, entered_on)`,

  `CREATE TABLE stage_stay_changes (
     site_id varchar(64) NOT NULL,
     cohort varchar(64) NOT NULL,
     from_stage varchar(32) NOT NULL,
     stage varchar(32) NOT NULL,
     entered_on date NOT NULL,
     left_on date NULL,
     next_stage varchar(32) NOT NULL,
     delta integer NOT NULL
   )`,
  `CREATE INDEX ix_stage_stay_changes_site ON stage_stay_changes (site_id)`,
  `CREATE TABLE stage_entry_counts (
     site_id varchar(64) NOT NULL,
     entered_on date NOT NULL,
     from_stage varchar(32) NOT NULL,
     stage varchar(32) NOT NULL,
     next_stage varchar(32) NOT NULL,
     stays integer NOT NULL,
     PRIMARY KEY (site_id, entered_on, from_stage, stage, next_stage)
   )`,
  `COMMENT ON TABLE stage_entry_counts IS
     'Stays by the day they began; from_stage and next_stage are empty for a referral and a stay still going'`,
  `CREATE INDEX ix_stage_entry_counts_period ON stage_entry_counts (site_id, entered_on)
     INCLUDE (from_stage, stage, next_stage, stays)`,
  `CREATE INDEX ix_stage_entry_counts_open ON stage_entry_counts (site_id) INCLUDE (entered_on, stage, stays)
     WHERE next_stage = ''`,
  `CREATE TABLE stage_population_counts (
     site_id varchar(64) NOT NULL,
     cohort varchar(64) NOT NULL,
     stage varchar(32) NOT NULL,
     people integer NOT NULL,
     PRIMARY KEY (site_id, cohort, stage)
   )`,
  `COMMENT ON TABLE stage_population_counts IS 'People at each stage now, by cohort'`,
  `CREATE TABLE stage_exit_counts (
     site_id varchar(64) NOT NULL,
     left_month date NOT NULL,
     stage varchar(32) NOT NULL,
     days integer NOT NULL,
     stays integer NOT NULL,
     PRIMARY KEY (site_id, left_month, stage, days)
   )`,
  `COMMENT ON TABLE stage_exit_counts IS 'Finished stays by the month they ended, stage and whole days spent'`,
  `CREATE INDEX ix_stage_exit_counts_period ON stage_exit_counts (site_id, left_month) INCLUDE (stage, days, stays)`,

  `CREATE TABLE take_up_counts (
     site_id varchar(64) NOT NULL,
     stage varchar(32) NOT NULL,
     dimension varchar(64) NOT NULL,
     value varchar(64) NOT NULL,
     people integer NOT NULL,
     PRIMARY KEY (site_id, stage, dimension, value)
   )`,
  `COMMENT ON TABLE take_up_counts IS
     'People who reached each stage, by cohort, age at referral and each recorded characteristic'`,
  `CREATE TABLE take_up_changes (
     site_id varchar(64) NOT NULL,
     stage varchar(32) NOT NULL,
     dimension varchar(64) NOT NULL,
     value varchar(64) NOT NULL,
     delta integer NOT NULL
   )`,
  `CREATE INDEX ix_take_up_changes_site ON take_up_changes (site_id)`,

  `CREATE TABLE journey_step_counts (
     site_id varchar(64) NOT NULL,
     step varchar(40) NOT NULL,
     steps bigint NOT NULL,
     PRIMARY KEY (site_id, step)
   )`,
  `CREATE TABLE journey_step_changes (
     site_id varchar(64) NOT NULL,
     step varchar(40) NOT NULL,
     delta integer NOT NULL
   )`,
  `CREATE INDEX ix_journey_step_changes_site ON journey_step_changes (site_id)`,
];

const FUNCTIONS = [
  // The characteristics one person is counted under, as 'dimension|value'. Age is whole years at
  // referral; the API bands it, so the bands stay in libs/domain.
  `CREATE FUNCTION programme_take_up_facets(
     cohort text, referred_on date, date_of_birth date, sex text, ethnicity text, disability text, other jsonb
   ) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
     SELECT ARRAY['all|', 'cohort|' || cohort,
                  'age|' || extract(year FROM age(referred_on::timestamp, date_of_birth::timestamp))::int]
         || CASE WHEN sex IS NULL THEN '{}'::text[] ELSE ARRAY['sex|' || sex] END
         || CASE WHEN ethnicity IS NULL THEN '{}'::text[] ELSE ARRAY['ethnicity|' || ethnicity] END
         || CASE WHEN disability IS NULL THEN '{}'::text[] ELSE ARRAY['disability|' || disability] END
         || coalesce((SELECT array_agg('other:' || key || '|' || value ORDER BY key)
                        FROM jsonb_each_text(coalesce(other, '{}'))), '{}')
   $$`,
  // Records the difference between what a person was counted under and what they are counted under
  // now (stages reached x characteristics), netted so an unchanged count writes nothing.
  `CREATE FUNCTION programme_change_take_up(
     old_site text, old_stages jsonb, old_facets text[], new_site text, new_stages jsonb, new_facets text[]
   ) RETURNS void LANGUAGE sql AS $$
     INSERT INTO take_up_changes (site_id, stage, dimension, value, delta)
     SELECT site_id, stage, split_part(facet, '|', 1), substr(facet, strpos(facet, '|') + 1), sum(delta)
       FROM (SELECT old_site AS site_id, stage, facet, -1 AS delta
               FROM jsonb_object_keys(coalesce(old_stages, '{}')) AS stage, unnest(old_facets) AS facet
             UNION ALL
             SELECT new_site, stage, facet, 1
               FROM jsonb_object_keys(coalesce(new_stages, '{}')) AS stage, unnest(new_facets) AS facet) contributions
      WHERE site_id IS NOT NULL
      GROUP BY site_id, stage, facet
     HAVING sum(delta) <> 0
   $$`,
  `CREATE FUNCTION programme_track_journey_step() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE
     person_site text;
     person_cohort text;
     next_on date;
     next_stage_after text;
   BEGIN
     IF TG_OP = 'DELETE' THEN
       SELECT site_id INTO person_site FROM participants WHERE id = OLD.participant_id;
       IF FOUND THEN
         INSERT INTO journey_step_changes (site_id, step, delta) VALUES (person_site, OLD.step, -1);
       END IF;
       RETURN NULL;
     END IF;
     -- Steps of one journey can be recorded concurrently and out of order (the journey accepts the
     -- next step before the previous one is written); the person's row serialises them here. NO KEY
     -- UPDATE, the lock the activity's UPDATE of the row takes anyway, does not wait for the KEY SHARE
     -- lock every foreign-key check on the row holds (FOR UPDATE would, and deadlock).
     SELECT site_id, cohort INTO person_site, person_cohort FROM participants WHERE id = NEW.participant_id
        FOR NO KEY UPDATE;
     INSERT INTO journey_step_changes (site_id, step, delta) VALUES (person_site, NEW.step, 1);
     IF NEW.from_stage IS NOT DISTINCT FROM NEW.to_stage THEN
       RETURN NULL;
     END IF;
     SELECT entered_on, stage INTO next_on, next_stage_after FROM stage_stays
      WHERE participant_id = NEW.participant_id AND entered_sequence > NEW.sequence
      ORDER BY entered_sequence LIMIT 1;
     UPDATE stage_stays SET left_on = NEW.effective_on, next_stage = NEW.to_stage
      WHERE participant_id = NEW.participant_id
        AND entered_sequence = (SELECT max(entered_sequence) FROM stage_stays
                                 WHERE participant_id = NEW.participant_id AND entered_sequence < NEW.sequence);
     INSERT INTO stage_stays (participant_id, entered_sequence, site_id, cohort, stage, from_stage, entered_on,
                              left_on, next_stage)
     VALUES (NEW.participant_id, NEW.sequence, person_site, person_cohort, NEW.to_stage, NEW.from_stage,
             NEW.effective_on, next_on, next_stage_after);
     RETURN NULL;
   END $$`,
  `CREATE FUNCTION programme_track_stage_stay() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP IN ('UPDATE', 'DELETE') THEN
       INSERT INTO stage_stay_changes (site_id, cohort, from_stage, stage, entered_on, left_on, next_stage, delta)
       VALUES (OLD.site_id, OLD.cohort, coalesce(OLD.from_stage, ''), OLD.stage, OLD.entered_on, OLD.left_on,
               coalesce(OLD.next_stage, ''), -1);
     END IF;
     IF TG_OP IN ('INSERT', 'UPDATE') THEN
       INSERT INTO stage_stay_changes (site_id, cohort, from_stage, stage, entered_on, left_on, next_stage, delta)
       VALUES (NEW.site_id, NEW.cohort, coalesce(NEW.from_stage, ''), NEW.stage, NEW.entered_on, NEW.left_on,
               coalesce(NEW.next_stage, ''), 1);
     END IF;
     RETURN NULL;
   END $$`,
  // A person's take-up changes when they reach a stage (stage_dates gains a key) or when their
  // demographics change. Each trigger reads the other table as it stands: the demographics trigger
  // locks the person's row first, so the two never count from each other's stale state.
  `CREATE FUNCTION programme_track_participant() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE
     d participant_demographics;
   BEGIN
     SELECT * INTO d FROM participant_demographics WHERE participant_id = NEW.id;
     IF TG_OP = 'INSERT' THEN
       PERFORM programme_change_take_up(NULL, NULL, NULL, NEW.site_id, NEW.stage_dates,
         programme_take_up_facets(NEW.cohort, NEW.referred_on, NEW.date_of_birth, d.sex, d.ethnicity, d.disability, d.other));
     ELSE
       PERFORM programme_change_take_up(
         OLD.site_id, OLD.stage_dates,
         programme_take_up_facets(OLD.cohort, OLD.referred_on, OLD.date_of_birth, d.sex, d.ethnicity, d.disability, d.other),
         NEW.site_id, NEW.stage_dates,
         programme_take_up_facets(NEW.cohort, NEW.referred_on, NEW.date_of_birth, d.sex, d.ethnicity, d.disability, d.other));
     END IF;
     RETURN NULL;
   END $$`,
  // Before the delete, while the person's demographics and steps are still there to subtract.
  `CREATE FUNCTION programme_track_participant_delete() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE
     d participant_demographics;
   BEGIN
     SELECT * INTO d FROM participant_demographics WHERE participant_id = OLD.id;
     PERFORM programme_change_take_up(OLD.site_id, OLD.stage_dates,
       programme_take_up_facets(OLD.cohort, OLD.referred_on, OLD.date_of_birth, d.sex, d.ethnicity, d.disability, d.other),
       NULL, NULL, NULL);
     INSERT INTO journey_step_changes (site_id, step, delta)
     SELECT OLD.site_id, step, -count(*) FROM journey_steps WHERE participant_id = OLD.id GROUP BY step;
     RETURN OLD;
   END $$`,
  `CREATE FUNCTION programme_track_demographics() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE
     p participants;
     old_facets text[];
     new_facets text[];
   BEGIN
     SELECT * INTO p FROM participants
      WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.participant_id ELSE NEW.participant_id END FOR NO KEY UPDATE;
     IF NOT FOUND THEN
       RETURN NULL; -- the person is being deleted: their whole count went with them
     END IF;
     IF TG_OP = 'INSERT' THEN
       old_facets := programme_take_up_facets(p.cohort, p.referred_on, p.date_of_birth, NULL, NULL, NULL, NULL);
     ELSE
       old_facets := programme_take_up_facets(p.cohort, p.referred_on, p.date_of_birth,
                                              OLD.sex, OLD.ethnicity, OLD.disability, OLD.other);
     END IF;
     IF TG_OP = 'DELETE' THEN
       new_facets := programme_take_up_facets(p.cohort, p.referred_on, p.date_of_birth, NULL, NULL, NULL, NULL);
     ELSE
       new_facets := programme_take_up_facets(p.cohort, p.referred_on, p.date_of_birth,
                                              NEW.sex, NEW.ethnicity, NEW.disability, NEW.other);
     END IF;
     PERFORM programme_change_take_up(p.site_id, p.stage_dates, old_facets, p.site_id, p.stage_dates, new_facets);
     RETURN NULL;
   END $$`,
  // Each fold takes one site's changes, or every site's given NULL.
  `CREATE FUNCTION programme_fold_stage_stays(site text) RETURNS void LANGUAGE sql AS $$
     WITH moved AS (
       DELETE FROM stage_stay_changes WHERE site IS NULL OR site_id = site
       RETURNING site_id, cohort, from_stage, stage, entered_on, left_on, next_stage, delta
     ),
     entries AS (
       INSERT INTO stage_entry_counts AS counts (site_id, entered_on, from_stage, stage, next_stage, stays)
       SELECT site_id, entered_on, from_stage, stage, next_stage, sum(delta) FROM moved
        GROUP BY 1, 2, 3, 4, 5 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3, 4, 5
       ON CONFLICT (site_id, entered_on, from_stage, stage, next_stage)
       DO UPDATE SET stays = counts.stays + EXCLUDED.stays
     ),
     population AS (
       INSERT INTO stage_population_counts AS counts (site_id, cohort, stage, people)
       SELECT site_id, cohort, stage, sum(delta) FROM moved WHERE left_on IS NULL
        GROUP BY 1, 2, 3 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3
       ON CONFLICT (site_id, cohort, stage) DO UPDATE SET people = counts.people + EXCLUDED.people
     )
     INSERT INTO stage_exit_counts AS counts (site_id, left_month, stage, days, stays)
     SELECT site_id, date_trunc('month', left_on)::date, stage, left_on - entered_on, sum(delta) FROM moved
      WHERE left_on IS NOT NULL
      GROUP BY 1, 2, 3, 4 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3, 4
     ON CONFLICT (site_id, left_month, stage, days) DO UPDATE SET stays = counts.stays + EXCLUDED.stays
   $$`,
  `CREATE FUNCTION programme_fold_take_up(site text) RETURNS void LANGUAGE sql AS $$
     WITH moved AS (
       DELETE FROM take_up_changes WHERE site IS NULL OR site_id = site
       RETURNING site_id, stage, dimension, value, delta
     )
     INSERT INTO take_up_counts AS counts (site_id, stage, dimension, value, people)
     SELECT site_id, stage, dimension, value, sum(delta) FROM moved
      GROUP BY 1, 2, 3, 4 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3, 4
     ON CONFLICT (site_id, stage, dimension, value) DO UPDATE SET people = counts.people + EXCLUDED.people
   $$`,
  `CREATE FUNCTION programme_fold_journey_steps(site text) RETURNS void LANGUAGE sql AS $$
     WITH moved AS (
       DELETE FROM journey_step_changes WHERE site IS NULL OR site_id = site RETURNING site_id, step, delta
     )
     INSERT INTO journey_step_counts AS counts (site_id, step, steps)
     SELECT site_id, step, sum(delta) FROM moved GROUP BY 1, 2 HAVING sum(delta) <> 0 ORDER BY 1, 2
     ON CONFLICT (site_id, step) DO UPDATE SET steps = counts.steps + EXCLUDED.steps
   $$`,
  `CREATE FUNCTION programme_rebuild_read_models() RETURNS void LANGUAGE plpgsql AS $$
   BEGIN
     TRUNCATE stage_stays, stage_stay_changes, stage_entry_counts, stage_population_counts, stage_exit_counts,
              take_up_counts, take_up_changes, journey_step_counts, journey_step_changes;
     INSERT INTO stage_stays (participant_id, entered_sequence, site_id, cohort, stage, from_stage, entered_on,
                              left_on, next_stage)
     SELECT s.participant_id, s.sequence, p.site_id, p.cohort, s.to_stage, s.from_stage, s.effective_on,
            lead(s.effective_on) OVER journey, lead(s.to_stage) OVER journey
       FROM journey_steps s JOIN participants p ON p.id = s.participant_id
      WHERE s.from_stage IS DISTINCT FROM s.to_stage
     WINDOW journey AS (PARTITION BY s.participant_id ORDER BY s.sequence);
     PERFORM programme_fold_stage_stays(NULL);
     INSERT INTO take_up_counts (site_id, stage, dimension, value, people)
     SELECT p.site_id, reached.stage, split_part(facets.facet, '|', 1),
            substr(facets.facet, strpos(facets.facet, '|') + 1), count(*)
       FROM participants p
       LEFT JOIN participant_demographics d ON d.participant_id = p.id
      CROSS JOIN jsonb_object_keys(p.stage_dates) AS reached (stage)
      CROSS JOIN unnest(programme_take_up_facets(p.cohort, p.referred_on, p.date_of_birth, d.sex, d.ethnicity,
                                                 d.disability, d.other)) AS facets (facet)
      GROUP BY 1, 2, 3, 4;
     INSERT INTO journey_step_counts (site_id, step, steps)
     SELECT p.site_id, s.step, count(*) FROM journey_steps s JOIN participants p ON p.id = s.participant_id
      GROUP BY 1, 2;
   END $$`,
];

const TRIGGERS = [
  `CREATE TRIGGER programme_count_steps AFTER INSERT OR DELETE ON journey_steps
     FOR EACH ROW EXECUTE FUNCTION programme_track_journey_step()`,
  `CREATE TRIGGER programme_count_stays AFTER INSERT OR UPDATE OR DELETE ON stage_stays
     FOR EACH ROW EXECUTE FUNCTION programme_track_stage_stay()`,
  `CREATE TRIGGER programme_take_up_on_insert AFTER INSERT ON participants
     FOR EACH ROW EXECUTE FUNCTION programme_track_participant()`,
  `CREATE TRIGGER programme_take_up_on_change AFTER UPDATE ON participants FOR EACH ROW
     WHEN (OLD.stage_dates IS DISTINCT FROM NEW.stage_dates OR OLD.cohort IS DISTINCT FROM NEW.cohort
        OR OLD.date_of_birth IS DISTINCT FROM NEW.date_of_birth OR OLD.referred_on IS DISTINCT FROM NEW.referred_on
        OR OLD.site_id IS DISTINCT FROM NEW.site_id)
     EXECUTE FUNCTION programme_track_participant()`,
  `CREATE TRIGGER programme_take_up_on_delete BEFORE DELETE ON participants
     FOR EACH ROW EXECUTE FUNCTION programme_track_participant_delete()`,
  `CREATE TRIGGER programme_take_up_on_demographics AFTER INSERT OR UPDATE OR DELETE ON participant_demographics
     FOR EACH ROW EXECUTE FUNCTION programme_track_demographics()`,
];
