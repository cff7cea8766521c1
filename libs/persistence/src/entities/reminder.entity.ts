import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One reminder: requested once per key (recipient, purpose and topic, due date, lead time, subject), then
 * delivered through the recipient's channel. Holds ids, codes and the delivery outcome, no contact
 * details; belongs to a site.
 */
@Entity({ name: 'reminders' })
@Check('reminders_recipient_type_check', `recipient_type IN ('participant', 'carer', 'coordinator')`)
@Check('reminders_status_check', `status IN ('queued', 'sending', 'sent', 'failed')`)
@Index('uq_reminders_key', ['reminderKey'], { unique: true })
@Index('ix_reminders_site_participant', ['siteId', 'participantId'])
@Index('ix_reminders_site_recipient', ['siteId', 'recipientType', 'recipientId'])
@Index('ix_reminders_site_carer', ['siteId', 'carerId'], { where: 'carer_id IS NOT NULL' })
@Index('ix_reminders_unfinished', ['queuedAt'], { where: `status IN ('queued', 'sending')` })
@Index('ix_reminders_site_failed', ['siteId', 'failedAt'], { where: `status = 'failed'` })
export class ReminderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'reminder_key', type: 'text', nullable: false })
  reminderKey!: string;

  @Column({ name: 'site_id', type: 'varchar', length: 64, nullable: false })
  siteId!: string;

  @Column({ name: 'recipient_type', type: 'varchar', length: 16, nullable: false })
  recipientType!: string;

  @Column({ name: 'recipient_id', type: 'varchar', length: 64, nullable: false })
  recipientId!: string;

  @Column({ name: 'participant_id', type: 'varchar', length: 64, nullable: true })
  participantId!: string | null;

  @Column({ type: 'varchar', length: 48, nullable: false })
  purpose!: string;

  @Column({ name: 'due_date', type: 'date', nullable: false })
  dueDate!: string;

  @Column({ name: 'lead_days', type: 'integer', nullable: false })
  leadDays!: number;

  /** What exactly is due where the purpose covers several things (a carer's transition kind). */
  @Column({ type: 'varchar', length: 48, nullable: true })
  topic!: string | null;

  /** The carer it is about (a transition reminder, to the carer or to their team). */
  @Column({ name: 'carer_id', type: 'varchar', length: 64, nullable: true })
  carerId!: string | null;

  /** The day the workflow's timer chose for the reminder. */
  @Column({ name: 'remind_on', type: 'date', nullable: true })
  remindOn!: string | null;

  /** The recipient's channel when it was sent (email, sms, letter, outbox). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  channel!: string | null;

  /** Who carried it: notify, smtp or outbox. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  provider!: string | null;

  @Column({ name: 'template_id', type: 'varchar', length: 64, nullable: true })
  templateId!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: false, default: 'queued' })
  status!: string;

  @Column({ type: 'integer', nullable: false, default: 0 })
  attempts!: number;

  @Column({ name: 'provider_reference', type: 'varchar', length: 200, nullable: true })
  providerReference!: string | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'queued_at', type: 'timestamptz', nullable: false, default: () => 'now()' })
  queuedAt!: Date;

  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt!: Date | null;

  /** While an attempt is under way: until when it holds the reminder, so no other attempt sends it too. */
  @Column({ name: 'claim_expires_at', type: 'timestamptz', nullable: true })
  claimExpiresAt!: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt!: Date | null;

  /** The provider's last word after sending (Notify: delivered, permanent-failure...). */
  @Column({ name: 'delivery_status', type: 'varchar', length: 32, nullable: true })
  deliveryStatus!: string | null;

  @Column({ name: 'delivery_status_at', type: 'timestamptz', nullable: true })
  deliveryStatusAt!: Date | null;
}
