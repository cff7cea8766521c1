import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ParticipantEntity } from './participant.entity';

/** One entry of a journey's timeline: a step as the workflow accepted it. */
@Entity({ name: 'journey_steps' })
@Index('uq_journey_steps_request', ['participantId', 'requestId'], { unique: true })
@Index('uq_journey_steps_sequence', ['participantId', 'sequence'], { unique: true })
// (effective_on, participant_id) INCLUDE (review_due_on) WHERE step = 'review': TypeORM cannot describe
// covering columns, so it leaves the index alone.
@Index('ix_journey_steps_reviews', { synchronize: false })
export class JourneyStepEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'participant_id', type: 'uuid', nullable: false })
  @ForeignKey(() => ParticipantEntity, { name: 'journey_steps_participant_id_fkey', onDelete: 'CASCADE' })
  participantId!: string;

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

  @Column({ name: 'actor_staff_id', type: 'varchar', length: 64, nullable: false })
  actorStaffId!: string;

  @Column({ name: 'actor_team_id', type: 'varchar', length: 64, nullable: false })
  actorTeamId!: string;

  @Column({ name: 'effective_on', type: 'date', nullable: false })
  effectiveOn!: string;

  /** For a review: the date it was due when it was held. */
  @Column({ name: 'review_due_on', type: 'date', nullable: true })
  reviewDueOn!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', nullable: false, default: () => 'now()' })
  recordedAt!: Date;

  /** The decision as the workflow saw it: codes, ids, dates and amounts. */
  @Column({ type: 'jsonb', nullable: false })
  details!: Record<string, unknown>;

  /** The journey after this step, so a retried request gets the first answer back. */
  @Column({ name: 'journey_after', type: 'jsonb', nullable: false })
  journeyAfter!: Record<string, unknown>;
}
