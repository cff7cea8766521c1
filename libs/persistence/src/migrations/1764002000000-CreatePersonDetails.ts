import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's details (participants and carers alike): name, address, phones, email, GP practice,
 * language and Accessible Information Standard needs, with every change kept with who, when and the
 * previous value. Names are nullable in storage so people referred before names were taken keep
 * working; the API requires one at every new referral and change.
 *
 * Search reads `search_name`, which the repository keeps as `person_search_text` of the names (no
 * accents, lower case, punctuation gone), through a trigram GIN index (the site is checked on the
 * rows it finds: as a GIN key it would cost a posting list as long as the site), and ranks ties by `search_sounds` (each name's double metaphone). carers.contact.name, the one
 * name carers had, is copied in split at its last space (given names, then family name).
 */
export class CreatePersonDetails1764002000000 implements MigrationInterface {
  name = 'CreatePersonDetails1764002000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`);
    // unaccent() is only STABLE (its dictionary could change); named explicitly, the wrapper is safe to call IMMUTABLE.
    await queryRunner.query(`
      CREATE FUNCTION person_search_text(name text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
          SELECT btrim(regexp_replace(
                   lower(regexp_replace(public.unaccent('public.unaccent'::regdictionary, name), '[''’]', '', 'g')),
                   '[^[:alnum:]]+', ' ', 'g'))
        $$`);
    await queryRunner.query(`
      CREATE FUNCTION person_search_sounds(search_text text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
          SELECT coalesce(string_agg(public.dmetaphone(token), ' ' ORDER BY position), '')
            FROM unnest(string_to_array(search_text, ' ')) WITH ORDINALITY AS t(token, position)
           WHERE token <> ''
        $$`);
    await queryRunner.query(`
      CREATE TABLE person_details (
        person_kind varchar(16) NOT NULL,
        person_id uuid NOT NULL,
        site_id varchar(64) NOT NULL,
        title varchar(35) NULL,
        given_name varchar(100) NULL,
        family_name varchar(100) NULL,
        preferred_name varchar(100) NULL,
        postal_address jsonb NULL,
        postcode_key varchar(8) NULL,
        phones jsonb NOT NULL DEFAULT '[]',
        email varchar(320) NULL,
        gp_practice_ods_code varchar(6) NULL,
        main_language varchar(16) NULL,
        interpreter_needed boolean NOT NULL DEFAULT false,
        communication_needs jsonb NOT NULL DEFAULT '[]',
        search_name text NOT NULL DEFAULT '',
        search_sounds text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        updated_by varchar(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_kind, person_id),
        CONSTRAINT ck_person_details_kind CHECK (person_kind IN ('participant', 'carer'))
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_person_details_search ON person_details USING gin (search_name gin_trgm_ops)`,
    );
    await queryRunner.query(`
      CREATE TABLE person_details_changes (
        id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
        person_kind varchar(16) NOT NULL,
        person_id uuid NOT NULL,
        site_id varchar(64) NOT NULL,
        version integer NOT NULL,
        changed_by varchar(64) NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        changed_fields jsonb NOT NULL,
        previous jsonb NULL,
        CONSTRAINT ck_person_details_changes_kind CHECK (person_kind IN ('participant', 'carer'))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_person_details_changes_version ON person_details_changes (person_kind, person_id, version)`,
    );
    // Narrowing a name search by date of birth starts from these when few people share the date.
    await queryRunner.query(`CREATE INDEX ix_participants_site_birth ON participants (site_id, date_of_birth)`);
    await queryRunner.query(`CREATE INDEX ix_carers_site_birth ON carers (site_id, date_of_birth)`);
    // Search by NHS number finds closed journeys too, which the open-referral unique index leaves out.
    await queryRunner.query(`CREATE INDEX ix_participants_site_nhs_number ON participants (site_id, nhs_number)`);
    await queryRunner.query(`
      INSERT INTO person_details (person_kind, person_id, site_id, given_name, family_name, postal_address, postcode_key,
                                  phones, email, updated_by, search_name, search_sounds)
      SELECT 'carer', c.id, c.site_id, nullif(btrim(substring(name FROM '^(.*)\\s\\S+$')), ''),
             coalesce(substring(name FROM '(\\S+)$'), name),
             c.contact->'postalAddress', upper(replace(c.contact->'postalAddress'->>'postcode', ' ', '')),
             CASE WHEN c.contact ? 'phone' THEN jsonb_build_array(jsonb_build_object('use', 'other', 'number', c.contact->>'phone'))
                  ELSE '[]'::jsonb END,
             c.contact->>'email', c.registered_by, person_search_text(name), person_search_sounds(person_search_text(name))
        FROM carers c CROSS JOIN LATERAL (SELECT btrim(c.contact->>'name') AS name) n
       WHERE name IS NOT NULL AND name <> ''`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_participants_site_nhs_number`);
    await queryRunner.query(`DROP INDEX ix_carers_site_birth`);
    await queryRunner.query(`DROP INDEX ix_participants_site_birth`);
    await queryRunner.query(`DROP TABLE person_details_changes`);
    await queryRunner.query(`DROP TABLE person_details`);
    await queryRunner.query(`DROP FUNCTION person_search_sounds(text)`);
    await queryRunner.query(`DROP FUNCTION person_search_text(text)`);
  }
}
