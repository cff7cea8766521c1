import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each site's outcome measures: the cohorts it measures activation for (PAM is validated and licensed per site). */
export class AddOutcomeMeasureSettings1764003100000 implements MigrationInterface {
  name = 'AddOutcomeMeasureSettings1764003100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE site_settings ADD COLUMN outcome_measures jsonb NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE site_settings DROP COLUMN outcome_measures`);
  }
}
