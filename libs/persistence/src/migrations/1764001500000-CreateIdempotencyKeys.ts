import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every writing request's Idempotency-Key, per site: the request it was first used for (operation
 * and a hash of the canonical body, so the key cannot be reused for another), who holds it while
 * that request runs, and the first answer, which every repeat of the request gets.
 */
export class CreateIdempotencyKeys1764001500000 implements MigrationInterface {
  name = 'CreateIdempotencyKeys1764001500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE idempotency_keys (
        site_id varchar(64) NOT NULL,
        idempotency_key varchar(200) NOT NULL,
        operation text NOT NULL,
        request_hash char(64) NOT NULL,
        claim_token uuid NULL,
        claimed_until timestamptz NULL,
        response_status smallint NULL,
        response_body jsonb NULL,
        completed_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (site_id, idempotency_key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE idempotency_keys`);
  }
}
