import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePersonalBudgets1764000100000 implements MigrationInterface {
  name = 'CreatePersonalBudgets1764000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE site_resource_allocations (
        site_id varchar(64) PRIMARY KEY,
        allocation jsonb NOT NULL,
        updated_by varchar(64) NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE personal_budgets (
        participant_id uuid NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        version integer NOT NULL,
        request_id varchar(200) NOT NULL,
        start_date date NOT NULL,
        total_pence bigint NOT NULL,
        by_funder jsonb NOT NULL,
        contribution_pence bigint NOT NULL,
        parts jsonb NOT NULL,
        approved_by varchar(64) NULL,
        indicative_total_pence bigint NULL,
        effective_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (participant_id, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE budget_statements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        participant_id uuid NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        kind varchar(16) NOT NULL CHECK (kind IN ('indicative', 'annual')),
        statement_key varchar(200) NOT NULL,
        issued_on date NOT NULL,
        period_start date NULL,
        period_end date NULL,
        large_print boolean NOT NULL DEFAULT false,
        content jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_budget_statements_key ON budget_statements (participant_id, statement_key)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_budget_statements_issued ON budget_statements (participant_id, issued_on)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE budget_statements`);
    await queryRunner.query(`DROP TABLE personal_budgets`);
    await queryRunner.query(`DROP TABLE site_resource_allocations`);
  }
}
