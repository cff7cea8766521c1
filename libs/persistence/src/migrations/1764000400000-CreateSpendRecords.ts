import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSpendRecords1764000400000 implements MigrationInterface {
  name = 'CreateSpendRecords1764000400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE spend_records (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        participant_id uuid NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        site_id varchar(64) NOT NULL,
        plan_item_id uuid NOT NULL,
        amount_pence bigint NOT NULL CONSTRAINT ck_spend_records_amount CHECK (amount_pence >= 0),
        spent_on date NOT NULL,
        source varchar(40) NOT NULL,
        kind varchar(16) NOT NULL CONSTRAINT ck_spend_records_kind CHECK (kind IN ('spend', 'service-use')),
        description varchar(2000) NULL,
        request_id varchar(200) NOT NULL,
        request_row integer NOT NULL,
        recorded_by varchar(64) NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_spend_records_request ON spend_records (participant_id, request_id, request_row)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_spend_records_participant_spent_on ON spend_records (participant_id, spent_on)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE spend_records`);
  }
}
