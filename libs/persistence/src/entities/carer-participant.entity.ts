import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { CarerEntity } from './carer.entity';
import { ParticipantEntity } from './participant.entity';

/** A carer linked to a person they care for. */
@Entity({ name: 'carer_participants' })
@Index('ix_carer_participants_participant', ['participantId'])
export class CarerParticipantEntity {
  @PrimaryColumn({ name: 'carer_id', type: 'uuid' })
  @ForeignKey(() => CarerEntity, { name: 'carer_participants_carer_id_fkey', onDelete: 'CASCADE' })
  carerId!: string;

  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  @ForeignKey(() => ParticipantEntity, { name: 'carer_participants_participant_id_fkey', onDelete: 'CASCADE' })
  participantId!: string;

  @Column({ type: 'varchar', length: 32, nullable: false })
  relationship!: string;

  @Column({ name: 'linked_by', type: 'varchar', length: 64, nullable: false })
  linkedBy!: string;

  @Column({ name: 'linked_at', type: 'timestamptz', nullable: false, default: () => 'now()' })
  linkedAt!: Date;
}
