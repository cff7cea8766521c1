import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which Temporal store this database belongs to (one row): the dev stack refuses to pair the
 * database with another store, whose missing workflows would leave every open journey stuck.
 */
export class AddTemporalStoreBinding1764001250000 implements MigrationInterface {
  name = 'AddTemporalStoreBinding1764001250000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE temporal_store_binding (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        store_id uuid NOT NULL,
        data_dir text NOT NULL,
        bound_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE temporal_store_binding`);
  }
}
