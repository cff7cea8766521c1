import { Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { CaseStepNarrativeColumns } from './case-columns';
import { ParticipantEntity } from './participant.entity';

/**
 * The free text of a step (what matters, goals, risks, reasons...). Written by the API before the
 * step goes to the journey, so personal content never enters a Temporal history; shown once the
 * step's timeline entry with the same request id exists.
 */
@Entity({ name: 'step_narratives' })
export class StepNarrativeEntity extends CaseStepNarrativeColumns {
  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  @ForeignKey(() => ParticipantEntity, { name: 'step_narratives_participant_id_fkey', onDelete: 'CASCADE' })
  participantId!: string;
}
