import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One consent decision about a person or a carer, for one scope: given, declined or withdrawn, who
 * gave it, whether capacity was assessed, and when. Never changed: the latest per scope is in force.
 */
@Entity({ name: 'consent_decisions' })
@Check('ck_consent_decisions_scope', "scope IN ('share', 'link', 'evaluation')")
@Check('ck_consent_decisions_decision', "decision IN ('given', 'declined', 'withdrawn')")
@Check('ck_consent_decisions_record_kind', "record_kind IN ('participant', 'carer')")
@Index('ix_consent_decisions_record', ['recordKind', 'recordId', 'scope', 'effectiveOn'])
export class ConsentDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'site_id', type: 'varchar', length: 64, nullable: false })
  siteId!: string;

  @Column({ name: 'record_kind', type: 'varchar', length: 16, nullable: false })
  recordKind!: string;

  @Column({ name: 'record_id', type: 'uuid', nullable: false })
  recordId!: string;

  @Column({ type: 'varchar', length: 16, nullable: false })
  scope!: string;

  @Column({ type: 'varchar', length: 16, nullable: false })
  decision!: string;

  /** Who gave or refused it (`person`, `parent`, `attorney`, `deputy`, `best-interests`); null for a withdrawal. */
  @Column({ name: 'given_by', type: 'varchar', length: 16, nullable: true })
  givenBy!: string | null;

  /** For a best-interests decision: who decided (a name and role, kept here only). */
  @Column({ name: 'decided_by', type: 'varchar', length: 200, nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'capacity_assessed', type: 'boolean', nullable: true })
  capacityAssessed!: boolean | null;

  /** Why it was declined or withdrawn. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  reason!: string | null;

  @Column({ name: 'effective_on', type: 'date', nullable: false })
  effectiveOn!: string;

  @Column({ name: 'recorded_by', type: 'varchar', length: 64, nullable: false })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', nullable: false, default: () => 'now()' })
  recordedAt!: Date;
}
