import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { CaseStepColumns } from './case-columns';
import { ParticipantEntity } from './participant.entity';

/** One entry of a journey's timeline: a step as the workflow accepted it. */
@Entity({ name: 'journey_steps' })
@Index('uq_journey_steps_request', ['participantId', 'requestId'], { unique: true })
@Index('uq_journey_steps_sequence', ['participantId', 'sequence'], { unique: true })
// (effective_on, participant_id) INCLUDE (review_due_on) WHERE step = 'review': TypeORM cannot describe
// covering columns, so it leaves the index alone.
@Index('ix_journey_steps_reviews', { synchronize: false })
export class JourneyStepEntity extends CaseStepColumns {
  @Column({ name: 'participant_id', type: 'uuid', nullable: false })
  @ForeignKey(() => ParticipantEntity, { name: 'journey_steps_participant_id_fkey', onDelete: 'CASCADE' })
  participantId!: string;

  /** For a review: the date it was due when it was held. */
  @Column({ name: 'review_due_on', type: 'date', nullable: true })
  reviewDueOn!: string | null;

  /** The journey after this step, so a retried request gets the first answer back. */
  @Column({ name: 'journey_after', type: 'jsonb', nullable: false })
  journeyAfter!: Record<string, unknown>;
}
