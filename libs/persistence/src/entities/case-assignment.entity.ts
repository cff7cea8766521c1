import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CarerEntity } from './carer.entity';
import { RecordedActColumns } from './case-columns';
import { ParticipantEntity } from './participant.entity';

/**
 * A change of who holds a case: its care coordinator, its community connector, or its team (a
 * transfer, with a reason). Written by the API, not a workflow: who holds a case is a record, not a
 * stage. Shown on the case's timeline after the step it followed (`after_sequence`).
 */
@Entity({ name: 'case_assignments' })
@Check('ck_case_assignments_owner', '(participant_id IS NULL) <> (carer_id IS NULL)')
@Check('ck_case_assignments_change', `change IN ('coordinator', 'connector', 'team')`)
@Index('uq_case_assignments_participant_request', ['participantId', 'requestId'], {
  unique: true,
  where: 'participant_id IS NOT NULL',
})
@Index('uq_case_assignments_carer_request', ['carerId', 'requestId'], { unique: true, where: 'carer_id IS NOT NULL' })
export class CaseAssignmentEntity extends RecordedActColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'site_id', type: 'varchar', length: 64, nullable: false })
  siteId!: string;

  @Column({ name: 'participant_id', type: 'uuid', nullable: true })
  @ForeignKey(() => ParticipantEntity, { name: 'case_assignments_participant_id_fkey', onDelete: 'CASCADE' })
  participantId!: string | null;

  @Column({ name: 'carer_id', type: 'uuid', nullable: true })
  @ForeignKey(() => CarerEntity, { name: 'case_assignments_carer_id_fkey', onDelete: 'CASCADE' })
  carerId!: string | null;

  /** The request's Idempotency-Key: a retried request records nothing twice. */
  @Column({ name: 'request_id', type: 'varchar', length: 200, nullable: false })
  requestId!: string;

  /** The case's last step when this was recorded: where it stands on the timeline. */
  @Column({ name: 'after_sequence', type: 'integer', nullable: false })
  afterSequence!: number;

  @Column({ type: 'varchar', length: 32, nullable: false })
  stage!: string;

  @Column({ type: 'varchar', length: 16, nullable: false })
  change!: 'coordinator' | 'connector' | 'team';

  /** The staff or team id before (null: nobody was named). */
  @Column({ name: 'from_id', type: 'varchar', length: 64, nullable: true })
  fromId!: string | null;

  @Column({ name: 'to_id', type: 'varchar', length: 64, nullable: false })
  toId!: string;

  /** Free text, kept in PostgreSQL only. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}
