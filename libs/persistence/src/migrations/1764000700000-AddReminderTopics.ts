import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What exactly a reminder is about (a carer's transition kind) and the day its timer chose, so two
 * transitions due on one day are two reminders and the care team sees when each was meant to go.
 */
export class AddReminderTopics1764000700000 implements MigrationInterface {
  name = 'AddReminderTopics1764000700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE reminders ADD COLUMN topic varchar(48) NULL, ADD COLUMN remind_on date NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE reminders DROP COLUMN topic, DROP COLUMN remind_on`);
  }
}
