import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { ParticipantEntity } from './participant.entity';

/**
 * One stay of a person in a stage: entered, left, where to next. Written by the trigger
 * programme_count_steps on journey_steps, which places each step by its sequence (and rebuilt by
 * programme_rebuild_read_models()).
 */
@Entity({ name: 'stage_stays' })
// INCLUDE (stage, entered_on): TypeORM cannot describe covering columns, so it leaves the index alone.
@Index('ix_stage_stays_left', { synchronize: false })
export class StageStayEntity {
  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  @ForeignKey(() => ParticipantEntity, { name: 'stage_stays_participant_id_fkey', onDelete: 'CASCADE' })
  participantId!: string;

  /** The sequence of the journey step that entered the stage. */
  @PrimaryColumn({ name: 'entered_sequence', type: 'integer' })
  enteredSequence!: number;

  @Column({ name: 'site_id', type: 'varchar', length: 64, nullable: false })
  siteId!: string;

  @Column({ type: 'varchar', length: 64, nullable: false })
  cohort!: string;

  @Column({ type: 'varchar', length: 32, nullable: false })
  stage!: string;

  @Column({ name: 'from_stage', type: 'varchar', length: 32, nullable: true })
  fromStage!: string | null;

  @Column({ name: 'entered_on', type: 'date', nullable: false })
  enteredOn!: string;

  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn!: string | null;

  @Column({ name: 'next_stage', type: 'varchar', length: 32, nullable: true })
  nextStage!: string | null;
}
