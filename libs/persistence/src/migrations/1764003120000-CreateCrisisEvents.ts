import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Crises and unplanned hospital admissions as dated events with their source. */
export class CreateCrisisEvents1764003120000 implements MigrationInterface {
  name = 'CreateCrisisEvents1764003120000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE crisis_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        participant_id uuid NOT NULL,
        site_id varchar(64) NOT NULL,
        kind varchar(32) NOT NULL,
        occurred_on date NOT NULL,
        source varchar(32) NOT NULL,
        note varchar(2000) NULL,
        recorded_by varchar(64) NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT crisis_events_participant_id_fkey FOREIGN KEY (participant_id)
          REFERENCES participants (id) ON DELETE CASCADE,
        CONSTRAINT ck_crisis_events_kind CHECK (kind IN ('crisis', 'unplanned-admission'))
      )`);
    await queryRunner.query(`CREATE INDEX ix_crisis_events_participant ON crisis_events (participant_id, occurred_on)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE crisis_events`);
  }
}
