import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Consent decisions per scope (share, link, evaluation) for people and carers: who, capacity, when. */
export class CreateConsentDecisions1764003110000 implements MigrationInterface {
  name = 'CreateConsentDecisions1764003110000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE consent_decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        site_id varchar(64) NOT NULL,
        record_kind varchar(16) NOT NULL,
        record_id uuid NOT NULL,
        scope varchar(16) NOT NULL,
        decision varchar(16) NOT NULL,
        given_by varchar(16) NULL,
        decided_by varchar(200) NULL,
        capacity_assessed boolean NULL,
        reason varchar(2000) NULL,
        effective_on date NOT NULL,
        recorded_by varchar(64) NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_consent_decisions_scope CHECK (scope IN ('share', 'link', 'evaluation')),
        CONSTRAINT ck_consent_decisions_decision CHECK (decision IN ('given', 'declined', 'withdrawn')),
        CONSTRAINT ck_consent_decisions_record_kind CHECK (record_kind IN ('participant', 'carer'))
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_consent_decisions_record ON consent_decisions (record_kind, record_id, scope, effective_on)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE consent_decisions`);
  }
}
