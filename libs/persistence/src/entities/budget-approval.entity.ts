import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ParticipantEntity } from './participant.entity';

/** A budget approver's approval of a person's budget total beyond the site's variance threshold. */
@Entity({ name: 'budget_approvals' })
@Check('ck_budget_approvals_total', 'total_pence > 0')
@Index('ix_budget_approvals_participant', ['participantId', 'totalPence', 'approvedAt'])
export class BudgetApprovalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'participant_id', type: 'uuid', nullable: false })
  @ForeignKey(() => ParticipantEntity, { name: 'budget_approvals_participant_id_fkey', onDelete: 'CASCADE' })
  participantId!: string;

  @Column({ name: 'site_id', type: 'varchar', length: 64, nullable: false })
  siteId!: string;

  /** Integer pence; bigint comes back from the driver as a string. */
  @Column({ name: 'total_pence', type: 'bigint', nullable: false })
  totalPence!: string;

  /** The approver's staff id, from their access token. */
  @Column({ name: 'approved_by', type: 'varchar', length: 64, nullable: false })
  approvedBy!: string;

  @Column({ type: 'varchar', length: 2000, nullable: false })
  reason!: string;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: false, default: () => 'now()' })
  approvedAt!: Date;
}
