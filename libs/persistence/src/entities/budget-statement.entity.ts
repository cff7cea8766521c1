import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ParticipantEntity } from './participant.entity';

/** An issued statement: an Individual Statement of Resources (indicative) or an annual statement. */
@Entity({ name: 'budget_statements' })
@Check('budget_statements_kind_check', `kind IN ('indicative', 'annual')`)
@Index('uq_budget_statements_key', ['participantId', 'statementKey'], { unique: true })
@Index('ix_budget_statements_issued', ['participantId', 'issuedOn'])
@Index('ix_budget_statements_indicative', ['participantId'], { where: `kind = 'indicative'` })
export class BudgetStatementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'participant_id', type: 'uuid', nullable: false })
  @ForeignKey(() => ParticipantEntity, { name: 'budget_statements_participant_id_fkey', onDelete: 'CASCADE' })
  participantId!: string;

  @Column({ type: 'varchar', length: 16, nullable: false })
  kind!: 'indicative' | 'annual';

  /** Unique per person: the issuing request's id for an ISR, `annual-<period end>` for an annual statement. */
  @Column({ name: 'statement_key', type: 'varchar', length: 200, nullable: false })
  statementKey!: string;

  @Column({ name: 'issued_on', type: 'date', nullable: false })
  issuedOn!: string;

  @Column({ name: 'period_start', type: 'date', nullable: true })
  periodStart!: string | null;

  @Column({ name: 'period_end', type: 'date', nullable: true })
  periodEnd!: string | null;

  @Column({ name: 'large_print', type: 'boolean', nullable: false, default: false })
  largePrint!: boolean;

  /** The figures as issued and how each was worked out. */
  @Column({ type: 'jsonb', nullable: false })
  content!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
