import { Check, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { CarerEntity } from './carer.entity';
import { CaseStepAmendmentColumns } from './case-columns';

/** An amendment of a carer step's narrative; the step itself is kept as recorded. */
@Entity({ name: 'carer_step_amendments' })
@Check('ck_carer_step_amendments_field', `field IN ('narrative', 'effective-date')`)
@Index('ix_carer_step_amendments_entry', ['carerId', 'sequence'])
export class CarerStepAmendmentEntity extends CaseStepAmendmentColumns {
  @PrimaryColumn({ name: 'carer_id', type: 'uuid' })
  @ForeignKey(() => CarerEntity, { name: 'carer_step_amendments_carer_id_fkey', onDelete: 'CASCADE' })
  carerId!: string;
}
