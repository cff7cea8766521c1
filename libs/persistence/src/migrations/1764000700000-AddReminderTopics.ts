import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What exactly a reminder is about (a carer's transition kind), the carer it concerns, and the day
 * its timer chose, so two transitions due on one day are two reminders, a team's reminders about a
 * carer list with the carer's, and the care team sees when each was meant to go.
 */
export class AddReminderTopics1764000700000 implements MigrationInterface {
  name = 'AddReminderTopics1764000700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE reminders ADD COLUMN topic varchar(48) NULL, ADD COLUMN carer_id varchar(64) NULL,
                             ADD COLUMN remind_on date NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_reminders_site_carer ON reminders (site_id, carer_id) WHERE carer_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE reminders DROP COLUMN topic, DROP COLUMN carer_id, DROP COLUMN remind_on`);
  }
}
