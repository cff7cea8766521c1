import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { ParticipantEntity } from './participant.entity';

/** One version of a person's care and support plan. */
@Entity({ name: 'care_plans' })
export class CarePlanEntity {
  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  @ForeignKey(() => ParticipantEntity, { name: 'care_plans_participant_id_fkey', onDelete: 'CASCADE' })
  participantId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ name: 'request_id', type: 'varchar', length: 200, nullable: false })
  requestId!: string;

  @Column({ name: 'coordinator_id', type: 'varchar', length: 64, nullable: false })
  coordinatorId!: string;

  @Column({ name: 'total_annual_cost_pence', type: 'bigint', nullable: false })
  totalAnnualCostPence!: string;

  /** Outcomes, support items, who is involved, risks and contingency, as the care team wrote them. */
  @Column({ type: 'jsonb', nullable: false })
  content!: Record<string, unknown>;

  @Column({ name: 'agreed_on', type: 'date', nullable: true })
  agreedOn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
