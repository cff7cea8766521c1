import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the provider finally said about a sent reminder (GOV.UK Notify's delivery receipts:
 * delivered, or a permanent, temporary or technical failure) and when, so a message Notify
 * accepted but could not deliver shows as failed to the care team.
 */
export class AddReminderDeliveryReceipts1764000800000 implements MigrationInterface {
  name = 'AddReminderDeliveryReceipts1764000800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE reminders ADD COLUMN delivery_status varchar(32) NULL, ADD COLUMN delivery_status_at timestamptz NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE reminders DROP COLUMN delivery_status, DROP COLUMN delivery_status_at`);
  }
}
