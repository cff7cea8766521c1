import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { CarerEntity } from './carer.entity';

/** The free text of a carer's step, kept beside the timeline so it never enters a Temporal history. */
@Entity({ name: 'carer_step_narratives' })
export class CarerStepNarrativeEntity {
  @PrimaryColumn({ name: 'carer_id', type: 'uuid' })
  @ForeignKey(() => CarerEntity, { name: 'carer_step_narratives_carer_id_fkey', onDelete: 'CASCADE' })
  carerId!: string;

  @PrimaryColumn({ name: 'request_id', type: 'varchar', length: 200 })
  requestId!: string;

  @Column({ type: 'varchar', length: 40, nullable: false })
  step!: string;

  @Column({ type: 'jsonb', nullable: false })
  narrative!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
