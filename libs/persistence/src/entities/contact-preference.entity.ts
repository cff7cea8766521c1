import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export interface PostalAddress {
  /** Address lines without the postcode, first line first (at most 6). */
  lines: string[];
  postcode: string;
}

/**
 * How a participant, carer or coordinator wants to be reached, and where, at one site (a
 * coordinator's or team's id is the site's own). The only place reminders keep personal data: the
 * delivery worker reads it when it sends, nothing copies it elsewhere.
 */
@Entity({ name: 'contact_preferences' })
@Check('contact_preferences_recipient_type_check', `recipient_type IN ('participant', 'carer', 'coordinator')`)
@Check('contact_preferences_channel_check', `channel IN ('email', 'sms', 'letter', 'outbox')`)
export class ContactPreferenceEntity {
  @PrimaryColumn({ name: 'site_id', type: 'varchar', length: 64 })
  siteId!: string;

  @PrimaryColumn({ name: 'recipient_type', type: 'varchar', length: 16 })
  recipientType!: string;

  @PrimaryColumn({ name: 'recipient_id', type: 'varchar', length: 64 })
  recipientId!: string;

  @Column({ type: 'varchar', length: 16, nullable: false })
  channel!: string;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone!: string | null;

  @Column({ name: 'postal_address', type: 'jsonb', nullable: true })
  postalAddress!: PostalAddress | null;

  @Column({ type: 'varchar', length: 32, nullable: false, default: 'standard' })
  format!: string;

  @Column({ type: 'varchar', length: 16, nullable: false, default: 'en' })
  language!: string;

  @Column({ name: 'updated_by', type: 'varchar', length: 64, nullable: false })
  updatedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
