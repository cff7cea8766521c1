import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One access to a person's or a carer's record, chained to the previous entry of its site by hash.
 * The insert trigger sets `seq`, `occurred_at`, `prev_hash` and `hash`; nothing updates or deletes.
 */
@Entity({ name: 'audit_entries' })
@Index('ix_audit_entries_chain', ['siteId', 'seq'])
@Index('ix_audit_entries_record', ['siteId', 'recordId', 'seq'])
@Index('ix_audit_entries_staff', ['siteId', 'staffId', 'seq'])
export class AuditEntryEntity {
  @PrimaryColumn({ type: 'bigint' })
  seq!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', nullable: false })
  occurredAt!: Date;

  @Column({ name: 'site_id', type: 'varchar', length: 64, nullable: false })
  siteId!: string;

  @Column({ name: 'staff_id', type: 'varchar', length: 128, nullable: false })
  staffId!: string;

  @Column({ name: 'staff_role', type: 'varchar', length: 32, nullable: false })
  staffRole!: string;

  /** `participant` or `carer`. */
  @Column({ name: 'record_kind', type: 'varchar', length: 16, nullable: false })
  recordKind!: string;

  /** Null for a list, or an id that is not one (a malformed path). */
  @Column({ name: 'record_id', type: 'uuid', nullable: true })
  recordId!: string | null;

  /** Which part of the record: `details`, `timeline`, `plan`, `budget`, `spend`... */
  @Column({ type: 'varchar', length: 32, nullable: false })
  part!: string;

  /** The reason stated to break the glass, when access needed one. */
  @Column({ name: 'access_reason', type: 'text', nullable: true })
  accessReason!: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 128, nullable: false })
  requestId!: string;

  @Column({ type: 'varchar', length: 8, nullable: false })
  method!: string;

  /** The route's pattern (`/api/v1/participants/:id/timeline`), never a query string. */
  @Column({ type: 'varchar', length: 200, nullable: false })
  route!: string;

  /** The HTTP status the request was answered with. */
  @Column({ type: 'smallint', nullable: false })
  status!: number;

  @Column({ name: 'prev_hash', type: 'char', length: 64, nullable: false })
  prevHash!: string;

  @Column({ type: 'char', length: 64, nullable: false })
  hash!: string;
}
