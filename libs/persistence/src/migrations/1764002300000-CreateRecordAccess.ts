import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Access beyond the care relationship and the second pair of eyes on a budget: each stated reason
 * for opening a record outside one's caseload (break glass), for the IG lead to review, and each
 * budget approver's approval of a budget beyond the site's variance threshold.
 */
export class CreateRecordAccess1764002300000 implements MigrationInterface {
  name = 'CreateRecordAccess1764002300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE break_glass_access (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        site_id varchar(64) NOT NULL,
        staff_id varchar(64) NOT NULL,
        staff_role varchar(32) NOT NULL,
        record_kind varchar(16) NOT NULL CONSTRAINT ck_break_glass_access_record_kind
          CHECK (record_kind IN ('participant', 'carer')),
        record_id uuid NOT NULL,
        reason varchar(2000) NOT NULL,
        opened_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        CONSTRAINT ck_break_glass_access_expiry CHECK (expires_at > opened_at)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_break_glass_access_staff_record
         ON break_glass_access (site_id, staff_id, record_kind, record_id, expires_at)`,
    );
    await queryRunner.query(`CREATE INDEX ix_break_glass_access_opened ON break_glass_access (site_id, opened_at)`);
    await queryRunner.query(`
      CREATE TABLE budget_approvals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        participant_id uuid NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        site_id varchar(64) NOT NULL,
        total_pence bigint NOT NULL CONSTRAINT ck_budget_approvals_total CHECK (total_pence > 0),
        approved_by varchar(64) NOT NULL,
        reason varchar(2000) NOT NULL,
        approved_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_budget_approvals_participant ON budget_approvals (participant_id, total_pence, approved_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE budget_approvals`);
    await queryRunner.query(`DROP TABLE break_glass_access`);
  }
}
