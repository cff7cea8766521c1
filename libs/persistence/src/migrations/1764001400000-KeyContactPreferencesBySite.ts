import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contact preferences belong to a site: a coordinator's or team's id is the site's own name for
 * them, so two sites can each record theirs for the same id and neither can take the other's.
 * Participant and carer ids are UUIDs of one site's records, so their rows keep their meaning.
 */
export class KeyContactPreferencesBySite1764001400000 implements MigrationInterface {
  name = 'KeyContactPreferencesBySite1764001400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE contact_preferences DROP CONSTRAINT contact_preferences_pkey`);
    await queryRunner.query(
      `ALTER TABLE contact_preferences ADD CONSTRAINT contact_preferences_pkey
         PRIMARY KEY (site_id, recipient_type, recipient_id)`,
    );
    // The key leads with the site, so it serves what this index did.
    await queryRunner.query(`DROP INDEX ix_contact_preferences_site`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX ix_contact_preferences_site ON contact_preferences (site_id)`);
    await queryRunner.query(`ALTER TABLE contact_preferences DROP CONSTRAINT contact_preferences_pkey`);
    await queryRunner.query(
      `ALTER TABLE contact_preferences ADD CONSTRAINT contact_preferences_pkey PRIMARY KEY (recipient_type, recipient_id)`,
    );
  }
}
