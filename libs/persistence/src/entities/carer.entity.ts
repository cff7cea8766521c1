import { Check, Column, Entity, Index } from 'typeorm';
import { CaseOwnerColumns } from './case-columns';

/** A carer in their own right at a site: their personal details and the read model of their workflow. */
@Entity({ name: 'carers' })
@Check('ck_carers_kind', `kind IN ('adult-carer', 'young-carer', 'parent-carer')`)
@Index('uq_carers_registration_request', ['siteId', 'registrationRequestId'], { unique: true })
@Index('ix_carers_site_stage', ['siteId', 'stage'])
@Index('ix_carers_site_birth', ['siteId', 'dateOfBirth'])
@Index('ix_carers_site_next_transition', ['siteId', 'nextTransitionOn'])
@Index('ix_carers_coordinator', ['siteId', 'coordinatorId'], { where: 'closed_on IS NULL' })
// The data return counts carers per quarter through programme_counted_quarter(): TypeORM cannot
// describe an index on an expression, so it leaves the migration's own alone.
@Index('ix_carers_counted_quarter', { synchronize: false })
@Index('ix_carers_team_caseload', ['siteId', 'teamId', 'nextTransitionOn', 'id'], { where: 'closed_on IS NULL' })
export class CarerEntity extends CaseOwnerColumns {
  @Column({ type: 'varchar', length: 16, nullable: false })
  kind!: string;

  /** A parent carer's child, whose age brings the child's transitions. */
  @Column({ name: 'child_date_of_birth', type: 'date', nullable: true })
  childDateOfBirth!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: false })
  relationship!: string;

  /** Name and contact details: personal data, kept here and never in Temporal. */
  @Column({ type: 'jsonb', nullable: false })
  contact!: Record<string, unknown>;

  @Column({ type: 'jsonb', nullable: false })
  preferences!: Record<string, unknown>;

  @Column({ name: 'identified_on', type: 'date', nullable: false })
  identifiedOn!: string;

  @Column({ name: 'transition_lead_days', type: 'integer', nullable: false })
  transitionLeadDays!: number;

  @Column({ name: 'registered_by', type: 'varchar', length: 64, nullable: false })
  registeredBy!: string;

  /** The registration's Idempotency-Key: a retried registration finds this row. */
  @Column({ name: 'registration_request_id', type: 'varchar', length: 200, nullable: false })
  registrationRequestId!: string;

  /** Number of steps applied: orders the carer's timeline. */
  @Column({ type: 'integer', nullable: false, default: 0 })
  sequence!: number;

  /** Every change the workflow made (a step or a transition noticed); a late write never overwrites a newer one. */
  @Column({ type: 'integer', nullable: false, default: 0 })
  revision!: number;

  @Column({ name: 'next_transition_on', type: 'date', nullable: true })
  nextTransitionOn!: string | null;

  /** The carer's named coordinator: the support plan's, or whoever was assigned since. */
  @Column({ name: 'coordinator_id', type: 'varchar', length: 64, nullable: true })
  coordinatorId!: string | null;
}
