import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Quality-of-life scores, by the instrument and version the site configured. */
export class CreateQualityOfLifeMeasures1764003130000 implements MigrationInterface {
  name = 'CreateQualityOfLifeMeasures1764003130000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE quality_of_life_measures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        participant_id uuid NOT NULL,
        site_id varchar(64) NOT NULL,
        instrument varchar(40) NOT NULL,
        version varchar(20) NOT NULL,
        score numeric NOT NULL,
        stage varchar(32) NOT NULL,
        measured_on date NOT NULL,
        recorded_by varchar(64) NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT quality_of_life_measures_participant_id_fkey FOREIGN KEY (participant_id)
          REFERENCES participants (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_quality_of_life_measures_participant ON quality_of_life_measures (participant_id, measured_on)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE quality_of_life_measures`);
  }
}
