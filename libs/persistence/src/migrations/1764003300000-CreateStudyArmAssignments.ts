import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The evaluation's study arm a site sets per person: each setting kept, the latest in force. */
export class CreateStudyArmAssignments1764003300000 implements MigrationInterface {
  name = 'CreateStudyArmAssignments1764003300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE study_arm_assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        participant_id uuid NOT NULL,
        site_id varchar(64) NOT NULL,
        arm varchar(40) NULL,
        assigned_by varchar(64) NOT NULL,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT study_arm_assignments_participant_id_fkey FOREIGN KEY (participant_id)
          REFERENCES participants (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_study_arm_assignments_participant ON study_arm_assignments (participant_id, assigned_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE study_arm_assignments`);
  }
}
