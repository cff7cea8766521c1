import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ParticipantEntity } from './participant.entity';

/** A crisis or an unplanned hospital admission of a person: when it happened and where the record came from. */
@Entity({ name: 'crisis_events' })
@Check('ck_crisis_events_kind', "kind IN ('crisis', 'unplanned-admission')")
@Index('ix_crisis_events_participant', ['participantId', 'occurredOn'])
export class CrisisEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'participant_id', type: 'uuid', nullable: false })
  @ForeignKey(() => ParticipantEntity, { name: 'crisis_events_participant_id_fkey', onDelete: 'CASCADE' })
  participantId!: string;

  @Column({ name: 'site_id', type: 'varchar', length: 64, nullable: false })
  siteId!: string;

  @Column({ type: 'varchar', length: 32, nullable: false })
  kind!: string;

  @Column({ name: 'occurred_on', type: 'date', nullable: false })
  occurredOn!: string;

  @Column({ type: 'varchar', length: 32, nullable: false })
  source!: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note!: string | null;

  @Column({ name: 'recorded_by', type: 'varchar', length: 64, nullable: false })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', nullable: false, default: () => 'now()' })
  recordedAt!: Date;
}
