import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ParticipantEntity } from './participant.entity';

/** A quality-of-life score taken elsewhere: the instrument and version the site configured, and when. */
@Entity({ name: 'quality_of_life_measures' })
@Index('ix_quality_of_life_measures_participant', ['participantId', 'measuredOn'])
export class QualityOfLifeMeasureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'participant_id', type: 'uuid', nullable: false })
  @ForeignKey(() => ParticipantEntity, { name: 'quality_of_life_measures_participant_id_fkey', onDelete: 'CASCADE' })
  participantId!: string;

  @Column({ name: 'site_id', type: 'varchar', length: 64, nullable: false })
  siteId!: string;

  @Column({ type: 'varchar', length: 40, nullable: false })
  instrument!: string;

  @Column({ type: 'varchar', length: 20, nullable: false })
  version!: string;

  @Column({ type: 'numeric', nullable: false })
  score!: string;

  /** The journey's stage when it was taken (planning, plan-agreed, delivery). */
  @Column({ type: 'varchar', length: 32, nullable: false })
  stage!: string;

  @Column({ name: 'measured_on', type: 'date', nullable: false })
  measuredOn!: string;

  @Column({ name: 'recorded_by', type: 'varchar', length: 64, nullable: false })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', nullable: false, default: () => 'now()' })
  recordedAt!: Date;
}
