import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders and the contact preferences they are delivered by. Contact details (the only personal
 * data reminders need) live in contact_preferences alone: reminders, jobs and logs carry ids.
 */
export class CreateReminders1764000200000 implements MigrationInterface {
  name = 'CreateReminders1764000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE contact_preferences (
        recipient_type varchar(16) NOT NULL CHECK (recipient_type IN ('participant', 'carer', 'coordinator')),
        recipient_id varchar(64) NOT NULL,
        site_id varchar(64) NOT NULL,
        channel varchar(16) NOT NULL CHECK (channel IN ('email', 'sms', 'letter', 'outbox')),
        email varchar(320) NULL,
        phone varchar(32) NULL,
        postal_address jsonb NULL,
        format varchar(32) NOT NULL DEFAULT 'standard',
        language varchar(16) NOT NULL DEFAULT 'en',
        updated_by varchar(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (recipient_type, recipient_id)
      )`);
    await queryRunner.query(`CREATE INDEX ix_contact_preferences_site ON contact_preferences (site_id)`);

    await queryRunner.query(`
      CREATE TABLE reminders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reminder_key text NOT NULL,
        site_id varchar(64) NOT NULL,
        recipient_type varchar(16) NOT NULL CHECK (recipient_type IN ('participant', 'carer', 'coordinator')),
        recipient_id varchar(64) NOT NULL,
        participant_id varchar(64) NULL,
        purpose varchar(48) NOT NULL,
        due_date date NOT NULL,
        lead_days integer NOT NULL,
        channel varchar(16) NULL,
        provider varchar(16) NULL,
        template_id varchar(64) NULL,
        status varchar(16) NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        provider_reference varchar(200) NULL,
        last_error text NULL,
        queued_at timestamptz NOT NULL DEFAULT now(),
        last_attempt_at timestamptz NULL,
        claim_expires_at timestamptz NULL,
        sent_at timestamptz NULL,
        failed_at timestamptz NULL
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_reminders_key ON reminders (reminder_key)`);
    await queryRunner.query(`CREATE INDEX ix_reminders_site_participant ON reminders (site_id, participant_id)`);
    await queryRunner.query(
      `CREATE INDEX ix_reminders_site_recipient ON reminders (site_id, recipient_type, recipient_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_reminders_unfinished ON reminders (queued_at) WHERE status IN ('queued', 'sending')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE reminders`);
    await queryRunner.query(`DROP TABLE contact_preferences`);
  }
}
