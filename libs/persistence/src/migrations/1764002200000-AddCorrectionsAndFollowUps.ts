import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Corrections and light-touch follow-ups.
 *
 * - `step_amendments`, `carer_step_amendments`: each amendment of a recorded step (its narrative or
 *   its effective date), with the original value, the amended one, the reason and who made it. The
 *   timeline entry itself is never changed: the timeline shows it as amended, the original beside it.
 * - `participants.follow_up_due_on`: when a person met through community connecting is next
 *   followed up (kept by the journey activity from the workflow's timer date), for the worklists.
 */
export class AddCorrectionsAndFollowUps1764002200000 implements MigrationInterface {
  name = 'AddCorrectionsAndFollowUps1764002200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, owner, ownerTable] of [
      ['step_amendments', 'participant_id', 'participants'],
      ['carer_step_amendments', 'carer_id', 'carers'],
    ]) {
      await queryRunner.query(`
        CREATE TABLE ${table} (
          ${owner} uuid NOT NULL REFERENCES ${ownerTable} (id) ON DELETE CASCADE,
          request_id varchar(200) NOT NULL,
          sequence integer NOT NULL,
          field varchar(32) NOT NULL CONSTRAINT ck_${table}_field CHECK (field IN ('narrative', 'effective-date')),
          original jsonb NOT NULL,
          amended jsonb NOT NULL,
          reason text NOT NULL,
          amended_by varchar(64) NOT NULL,
          amended_at timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (${owner}, request_id, field)
        )`);
      await queryRunner.query(`CREATE INDEX ix_${table}_entry ON ${table} (${owner}, sequence)`);
    }
    await queryRunner.query(`ALTER TABLE participants ADD COLUMN follow_up_due_on date NULL`);
    await queryRunner.query(`
      CREATE INDEX ix_participants_follow_up_due ON participants (site_id, team_id, follow_up_due_on)
        WHERE follow_up_due_on IS NOT NULL AND closed_on IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_participants_follow_up_due`);
    await queryRunner.query(`ALTER TABLE participants DROP COLUMN follow_up_due_on`);
    await queryRunner.query(`DROP TABLE step_amendments, carer_step_amendments`);
  }
}
