import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A reason stated for opening a record outside one's caseload (break glass): who, with which role,
 * which record, why, and until when the record stays open to them. Reviewed by the IG lead.
 */
@Entity({ name: 'break_glass_access' })
@Check('ck_break_glass_access_record_kind', `record_kind IN ('participant', 'carer')`)
@Check('ck_break_glass_access_expiry', 'expires_at > opened_at')
@Index('ix_break_glass_access_staff_record', ['siteId', 'staffId', 'recordKind', 'recordId', 'expiresAt'])
@Index('ix_break_glass_access_opened', ['siteId', 'openedAt'])
export class BreakGlassAccessEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'site_id', type: 'varchar', length: 64, nullable: false })
  siteId!: string;

  @Column({ name: 'staff_id', type: 'varchar', length: 64, nullable: false })
  staffId!: string;

  @Column({ name: 'staff_role', type: 'varchar', length: 32, nullable: false })
  staffRole!: string;

  @Column({ name: 'record_kind', type: 'varchar', length: 16, nullable: false })
  recordKind!: string;

  @Column({ name: 'record_id', type: 'uuid', nullable: false })
  recordId!: string;

  @Column({ type: 'varchar', length: 2000, nullable: false })
  reason!: string;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: false, default: () => 'now()' })
  openedAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: false })
  expiresAt!: Date;
}
