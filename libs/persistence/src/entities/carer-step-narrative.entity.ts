import { Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { CarerEntity } from './carer.entity';
import { CaseStepNarrativeColumns } from './case-columns';

/** The free text of a carer's step, kept beside the timeline so it never enters a Temporal history. */
@Entity({ name: 'carer_step_narratives' })
export class CarerStepNarrativeEntity extends CaseStepNarrativeColumns {
  @PrimaryColumn({ name: 'carer_id', type: 'uuid' })
  @ForeignKey(() => CarerEntity, { name: 'carer_step_narratives_carer_id_fkey', onDelete: 'CASCADE' })
  carerId!: string;
}
