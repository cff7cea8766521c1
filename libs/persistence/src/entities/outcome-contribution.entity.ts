import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { ParticipantEntity } from './participant.entity';

/**
 * What one person adds to each outcome figure now, by group and date. Written only by
 * programme_refresh_outcomes (from the triggers on the records it reads) and
 * programme_rebuild_outcome_figures(); its statement triggers keep outcome_figure_changes.
 */
@Entity({ name: 'outcome_contributions' })
export class OutcomeContributionEntity {
  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  @ForeignKey(() => ParticipantEntity, { name: 'outcome_contributions_participant_id_fkey', onDelete: 'CASCADE' })
  participantId!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  figure!: string;

  /** A cohort, instrument, rating, crisis mark or budget decision with a characteristic. */
  @PrimaryColumn({ type: 'varchar', length: 200 })
  grp!: string;

  @PrimaryColumn({ name: 'on_date', type: 'date' })
  onDate!: string;

  @Column({ name: 'site_id', type: 'varchar', length: 64, nullable: false })
  siteId!: string;

  @Column({ type: 'integer', nullable: false })
  people!: number;

  /** A change in score, or pence; numeric comes back from the driver as a string. */
  @Column({ type: 'numeric', nullable: false })
  amount!: string;
}
