import { Column, Entity, Index } from 'typeorm';
import { LedgerSiteColumn } from './ledger-site-column';

/**
 * Ledger of steps recorded, appended by the trigger programme_count_steps on journey_steps (and the
 * participants delete trigger) and moved into journey_step_counts by programme_fold_journey_steps().
 */
@Entity({ name: 'journey_step_changes' })
@Index('ix_journey_step_changes_site', ['siteId'])
export class JourneyStepChangeEntity {
  @LedgerSiteColumn()
  siteId!: string;

  @Column({ type: 'varchar', length: 40, nullable: false })
  step!: string;

  @Column({ type: 'integer', nullable: false })
  delta!: number;
}
