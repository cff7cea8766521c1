import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ParticipantEntity } from './participant.entity';

/** One setting of a person's study arm in the evaluation (null: no arm); never changed, the latest in force. */
@Entity({ name: 'study_arm_assignments' })
@Index('ix_study_arm_assignments_participant', ['participantId', 'assignedAt'])
export class StudyArmAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'participant_id', type: 'uuid', nullable: false })
  @ForeignKey(() => ParticipantEntity, { name: 'study_arm_assignments_participant_id_fkey', onDelete: 'CASCADE' })
  participantId!: string;

  @Column({ name: 'site_id', type: 'varchar', length: 64, nullable: false })
  siteId!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  arm!: string | null;

  @Column({ name: 'assigned_by', type: 'varchar', length: 64, nullable: false })
  assignedBy!: string;

  @Column({ name: 'assigned_at', type: 'timestamptz', nullable: false, default: () => 'now()' })
  assignedAt!: Date;
}
