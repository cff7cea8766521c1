import { Column, CreateDateColumn, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** What an amendment corrects on a recorded step. */
export type AmendedField = 'narrative' | 'effective-date';

/** Who recorded something on a case, the date it took effect and when it was written. */
export abstract class RecordedActColumns {
  @Column({ name: 'actor_staff_id', type: 'varchar', length: 64, nullable: false })
  actorStaffId!: string;

  @Column({ name: 'actor_team_id', type: 'varchar', length: 64, nullable: false })
  actorTeamId!: string;

  @Column({ name: 'effective_on', type: 'date', nullable: false })
  effectiveOn!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', nullable: false, default: () => 'now()' })
  recordedAt!: Date;
}

/** The columns every case's timeline entry has (journey_steps, carer_steps); the owner column is the table's own. */
export abstract class CaseStepColumns extends RecordedActColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'request_id', type: 'varchar', length: 200, nullable: false })
  requestId!: string;

  @Column({ type: 'integer', nullable: false })
  sequence!: number;

  @Column({ type: 'varchar', length: 40, nullable: false })
  step!: string;

  @Column({ name: 'from_stage', type: 'varchar', length: 32, nullable: true })
  fromStage!: string | null;

  @Column({ name: 'to_stage', type: 'varchar', length: 32, nullable: false })
  toStage!: string;

  /** The decision as the workflow saw it: codes, ids, dates and amounts. */
  @Column({ type: 'jsonb', nullable: false })
  details!: Record<string, unknown>;
}

/** The columns every case's step narrative has (step_narratives, carer_step_narratives), keyed by owner and request. */
export abstract class CaseStepNarrativeColumns {
  @PrimaryColumn({ name: 'request_id', type: 'varchar', length: 200 })
  requestId!: string;

  @Column({ type: 'varchar', length: 40, nullable: false })
  step!: string;

  @Column({ type: 'jsonb', nullable: false })
  narrative!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * The columns every case's owner row has (participants, carers): where it belongs, the stage its
 * workflow last recorded, how it closed, and when the row was written.
 */
export abstract class CaseOwnerColumns {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'site_id', type: 'varchar', length: 64, nullable: false })
  siteId!: string;

  @Column({ name: 'team_id', type: 'varchar', length: 64, nullable: false })
  teamId!: string;

  @Column({ name: 'date_of_birth', type: 'date', nullable: false })
  dateOfBirth!: string;

  @Column({ type: 'varchar', length: 32, nullable: false })
  stage!: string;

  @Column({ name: 'stage_entered_on', type: 'date', nullable: false })
  stageEnteredOn!: string;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @Column({ name: 'closure_reason', type: 'varchar', length: 32, nullable: true })
  closureReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * The columns every case's step amendment has (step_amendments, carer_step_amendments), keyed by
 * owner and the amending request: the entry amended, what it said and says now, and why.
 */
export abstract class CaseStepAmendmentColumns {
  @PrimaryColumn({ name: 'request_id', type: 'varchar', length: 200 })
  requestId!: string;

  /** The timeline entry amended. */
  @Column({ type: 'integer', nullable: false })
  sequence!: number;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  field!: AmendedField;

  @Column({ type: 'jsonb', nullable: false })
  original!: unknown;

  @Column({ type: 'jsonb', nullable: false })
  amended!: unknown;

  @Column({ type: 'text', nullable: false })
  reason!: string;

  @Column({ name: 'amended_by', type: 'varchar', length: 64, nullable: false })
  amendedBy!: string;

  @Column({ name: 'amended_at', type: 'timestamptz', nullable: false, default: () => 'now()' })
  amendedAt!: Date;
}
