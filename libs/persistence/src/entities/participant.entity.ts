import type { Cohort } from '@ipc/domain';
import { Column, Entity, Index } from 'typeorm';
import { CaseOwnerColumns } from './case-columns';

/** A person referred to IPC at a site: their personal details and the journey's read model. */
@Entity({ name: 'participants' })
@Index('uq_participants_open_referral', ['siteId', 'nhsNumber'], { unique: true, where: 'closed_on IS NULL' })
@Index('uq_participants_referral_request', ['siteId', 'referralRequestId'], { unique: true })
@Index('ix_participants_site_stage', ['siteId', 'stage'])
@Index('ix_participants_site_team', ['siteId', 'teamId'])
@Index('ix_participants_site_birth', ['siteId', 'dateOfBirth'])
@Index('ix_participants_site_nhs_number', ['siteId', 'nhsNumber'])
@Index('ix_participants_site_referred', ['siteId', 'referredOn', 'id'])
@Index('ix_participants_review_due', ['siteId', 'teamId', 'nextReviewDueOn'], {
  where: 'next_review_due_on IS NOT NULL AND closed_on IS NULL',
})
// Caseloads (a staff member's; a team's in due order) and worklists by stage.
@Index('ix_participants_coordinator', ['siteId', 'coordinatorId'], { where: 'closed_on IS NULL' })
@Index('ix_participants_connector', ['siteId', 'connectorId'], { where: 'closed_on IS NULL' })
@Index('ix_participants_team_caseload', ['siteId', 'teamId', 'nextReviewDueOn', 'id'], { where: 'closed_on IS NULL' })
@Index('ix_participants_team_stage_entered', ['siteId', 'teamId', 'stage', 'stageEnteredOn', 'id'], {
  where: 'closed_on IS NULL',
})
@Index('ix_participants_team_stage_last_step', ['siteId', 'teamId', 'stage', 'lastStepOn', 'id'], {
  where: 'closed_on IS NULL',
})
@Index('ix_participants_follow_up_due', ['siteId', 'teamId', 'followUpDueOn'], {
  where: 'follow_up_due_on IS NOT NULL AND closed_on IS NULL',
})
// People with an agreed plan whose journey is open (the projection).
@Index('ix_participants_open_with_plan', ['siteId', 'cohort'], {
  where: `closed_on IS NULL AND stage_dates ? 'plan-agreed'`,
})
export class ParticipantEntity extends CaseOwnerColumns {
  @Column({ name: 'nhs_number', type: 'char', length: 10, nullable: false })
  nhsNumber!: string;

  @Column({ type: 'varchar', length: 64, nullable: false })
  cohort!: Cohort;

  @Column({ name: 'referral_source', type: 'varchar', length: 64, nullable: false })
  referralSource!: string;

  @Column({ name: 'referred_by', type: 'varchar', length: 64, nullable: false })
  referredBy!: string;

  /** The referral's Idempotency-Key (or a generated one): a retried referral finds this row. */
  @Column({ name: 'referral_request_id', type: 'varchar', length: 200, nullable: false })
  referralRequestId!: string;

  @Column({ name: 'referred_on', type: 'date', nullable: false })
  referredOn!: string;

  /** The journey's step count when this row was last written; a late write never overwrites a newer one. */
  @Column({ name: 'journey_sequence', type: 'integer', nullable: false, default: 0 })
  journeySequence!: number;

  /** First date each stage was entered, by stage. */
  @Column({ name: 'stage_dates', type: 'jsonb', nullable: false, default: () => "'{}'" })
  stageDates!: Record<string, string>;

  /** The next review's due date while the journey is open; kept by the journey activity. */
  @Column({ name: 'next_review_due_on', type: 'date', nullable: true })
  nextReviewDueOn!: string | null;

  /** The named care coordinator (a staff id): the plan's, or whoever was assigned since. */
  @Column({ name: 'coordinator_id', type: 'varchar', length: 64, nullable: true })
  coordinatorId!: string | null;

  /** The named community connector: the offer's, or whoever was assigned since. */
  @Column({ name: 'connector_id', type: 'varchar', length: 64, nullable: true })
  connectorId!: string | null;

  /** The effective date of the latest step: a case with none for long is stalled. */
  @Column({ name: 'last_step_on', type: 'date', nullable: true })
  lastStepOn!: string | null;

  /** When a person met through community connecting is next followed up; kept by the journey activity. */
  @Column({ name: 'follow_up_due_on', type: 'date', nullable: true })
  followUpDueOn!: string | null;
}
