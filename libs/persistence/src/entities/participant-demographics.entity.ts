import { Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ParticipantEntity } from './participant.entity';

/** What a person chose to tell us about protected characteristics; every answer optional. */
@Entity({ name: 'participant_demographics' })
export class ParticipantDemographicsEntity {
  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  @ForeignKey(() => ParticipantEntity, { name: 'participant_demographics_participant_id_fkey', onDelete: 'CASCADE' })
  participantId!: string;

  @Column({ name: 'site_id', type: 'varchar', length: 64, nullable: false })
  siteId!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  sex!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ethnicity!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  disability!: string | null;

  /** Answers to the site's own characteristics, by key. */
  @Column({ type: 'jsonb', nullable: false, default: () => "'{}'" })
  other!: Record<string, string>;

  @Column({ name: 'recorded_by', type: 'varchar', length: 64, nullable: false })
  recordedBy!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
