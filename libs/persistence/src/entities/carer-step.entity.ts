import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CarerEntity } from './carer.entity';

/** One entry of a carer's timeline: a step as the carer's workflow accepted it. */
@Entity({ name: 'carer_steps' })
@Index('uq_carer_steps_request', ['carerId', 'requestId'], { unique: true })
@Index('uq_carer_steps_sequence', ['carerId', 'sequence'], { unique: true })
export class CarerStepEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'carer_id', type: 'uuid', nullable: false })
  @ForeignKey(() => CarerEntity, { name: 'carer_steps_carer_id_fkey', onDelete: 'CASCADE' })
  carerId!: string;

  @Column({ name: 'request_id', type: 'varchar', length: 200, nullable: false })
  requestId!: string;

  @Column({ type: 'integer', nullable: false })
  sequence!: number;

  @Column({ type: 'varchar', length: 40, nullable: false })
  step!: string;

  @Column({ name: 'from_stage', type: 'varchar', length: 32, nullable: true })
  fromStage!: string | null;

  @Column({ name: 'to_stage', type: 'varchar', length: 32, nullable: false })
  toStage!: string;

  @Column({ name: 'actor_staff_id', type: 'varchar', length: 64, nullable: false })
  actorStaffId!: string;

  @Column({ name: 'actor_team_id', type: 'varchar', length: 64, nullable: false })
  actorTeamId!: string;

  @Column({ name: 'effective_on', type: 'date', nullable: false })
  effectiveOn!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', nullable: false, default: () => 'now()' })
  recordedAt!: Date;

  /** The decision as the workflow saw it: codes, ids, dates and amounts. */
  @Column({ type: 'jsonb', nullable: false })
  details!: Record<string, unknown>;

  /** The carer after this step, so a retried request gets the first answer back. */
  @Column({ name: 'carer_after', type: 'jsonb', nullable: false })
  carerAfter!: Record<string, unknown>;
}
