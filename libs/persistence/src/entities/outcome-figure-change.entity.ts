import { Column, Entity, Index } from 'typeorm';
import { LedgerSiteColumn } from './ledger-site-column';

/**
 * Ledger of outcome contributions added (+) and taken away (-), appended by the statement triggers on
 * outcome_contributions and moved into outcome_figure_counts by programme_fold_outcomes().
 */
@Entity({ name: 'outcome_figure_changes' })
@Index('ix_outcome_figure_changes_site', ['siteId'])
export class OutcomeFigureChangeEntity {
  @LedgerSiteColumn()
  siteId!: string;

  @Column({ type: 'varchar', length: 32, nullable: false })
  figure!: string;

  @Column({ type: 'varchar', length: 200, nullable: false })
  grp!: string;

  @Column({ name: 'on_date', type: 'date', nullable: false })
  onDate!: string;

  @Column({ type: 'integer', nullable: false })
  people!: number;

  @Column({ type: 'numeric', nullable: false })
  amount!: string;
}
