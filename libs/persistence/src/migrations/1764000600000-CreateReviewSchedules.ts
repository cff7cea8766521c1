import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReviewSchedules1764000600000 implements MigrationInterface {
  name = 'CreateReviewSchedules1764000600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE site_review_rules (
        site_id varchar(64) PRIMARY KEY,
        rules jsonb NOT NULL,
        updated_by varchar(64) NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`ALTER TABLE participants ADD COLUMN next_review_due_on date NULL`);
    await queryRunner.query(
      `CREATE INDEX ix_participants_review_due ON participants (site_id, team_id, next_review_due_on)
        WHERE next_review_due_on IS NOT NULL AND closed_on IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_participants_review_due`);
    await queryRunner.query(`ALTER TABLE participants DROP COLUMN next_review_due_on`);
    await queryRunner.query(`DROP TABLE site_review_rules`);
  }
}
