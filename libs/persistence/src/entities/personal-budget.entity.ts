import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { ParticipantEntity } from './participant.entity';

/** One version of a person's final personal budget: the total, who funds it and how it is deployed. */
@Entity({ name: 'personal_budgets' })
export class PersonalBudgetEntity {
  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  @ForeignKey(() => ParticipantEntity, { name: 'personal_budgets_participant_id_fkey', onDelete: 'CASCADE' })
  participantId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ name: 'request_id', type: 'varchar', length: 200, nullable: false })
  requestId!: string;

  @Column({ name: 'start_date', type: 'date', nullable: false })
  startDate!: string;

  /** Integer pence; bigint comes back from the driver as a string. */
  @Column({ name: 'total_pence', type: 'bigint', nullable: false })
  totalPence!: string;

  /** Pence by funder: { nhs, socialCare, education }. */
  @Column({ name: 'by_funder', type: 'jsonb', nullable: false })
  byFunder!: Record<string, number>;

  @Column({ name: 'contribution_pence', type: 'bigint', nullable: false })
  contributionPence!: string;

  /** The deployment parts (direct payment, third party, ISF, notional), each with its amount and holder. */
  @Column({ type: 'jsonb', nullable: false })
  parts!: Record<string, unknown>[];

  /** Who approved a total beyond the variance threshold from the indicative one. */
  @Column({ name: 'approved_by', type: 'varchar', length: 64, nullable: true })
  approvedBy!: string | null;

  @Column({ name: 'indicative_total_pence', type: 'bigint', nullable: true })
  indicativeTotalPence!: string | null;

  @Column({ name: 'effective_on', type: 'date', nullable: false })
  effectiveOn!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
