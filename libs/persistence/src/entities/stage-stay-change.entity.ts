import { Column, Entity, Index } from 'typeorm';
import { LedgerSiteColumn } from './ledger-site-column';

/**
 * Ledger of +1/-1 changes to stays, appended by the trigger programme_count_stays on stage_stays and
 * moved into the stage_* roll-ups by programme_fold_stage_stays() when figures are read.
 */
@Entity({ name: 'stage_stay_changes' })
@Index('ix_stage_stay_changes_site', ['siteId'])
export class StageStayChangeEntity {
  @LedgerSiteColumn()
  siteId!: string;

  @Column({ type: 'varchar', length: 64, nullable: false })
  cohort!: string;

  /** '' for a referral. */
  @Column({ name: 'from_stage', type: 'varchar', length: 32, nullable: false })
  fromStage!: string;

  @Column({ type: 'varchar', length: 32, nullable: false })
  stage!: string;

  @Column({ name: 'entered_on', type: 'date', nullable: false })
  enteredOn!: string;

  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn!: string | null;

  /** '' for a stay still going. */
  @Column({ name: 'next_stage', type: 'varchar', length: 32, nullable: false })
  nextStage!: string;

  @Column({ type: 'integer', nullable: false })
  delta!: number;
}
