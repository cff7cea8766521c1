import { Check, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { CaseStepAmendmentColumns } from './case-columns';
import { ParticipantEntity } from './participant.entity';

/** An amendment of a journey step's narrative or effective date; the step itself is kept as recorded. */
@Entity({ name: 'step_amendments' })
@Check('ck_step_amendments_field', `field IN ('narrative', 'effective-date')`)
@Index('ix_step_amendments_entry', ['participantId', 'sequence'])
export class StepAmendmentEntity extends CaseStepAmendmentColumns {
  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  @ForeignKey(() => ParticipantEntity, { name: 'step_amendments_participant_id_fkey', onDelete: 'CASCADE' })
  participantId!: string;
}
