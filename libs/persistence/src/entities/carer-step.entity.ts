import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { CarerEntity } from './carer.entity';
import { CaseStepColumns } from './case-columns';

/** One entry of a carer's timeline: a step as the carer's workflow accepted it. */
@Entity({ name: 'carer_steps' })
@Index('uq_carer_steps_request', ['carerId', 'requestId'], { unique: true })
@Index('uq_carer_steps_sequence', ['carerId', 'sequence'], { unique: true })
export class CarerStepEntity extends CaseStepColumns {
  @Column({ name: 'carer_id', type: 'uuid', nullable: false })
  @ForeignKey(() => CarerEntity, { name: 'carer_steps_carer_id_fkey', onDelete: 'CASCADE' })
  carerId!: string;

  /** The carer after this step, so a retried request gets the first answer back. */
  @Column({ name: 'carer_after', type: 'jsonb', nullable: false })
  carerAfter!: Record<string, unknown>;
}
