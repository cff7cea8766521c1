import { Column, Entity, Index } from 'typeorm';
import { LedgerSiteColumn } from './ledger-site-column';

/**
 * Ledger of take-up changes, appended by the participants and participant_demographics triggers
 * (through programme_change_take_up) and moved into take_up_counts by programme_fold_take_up().
 */
@Entity({ name: 'take_up_changes' })
@Index('ix_take_up_changes_site', ['siteId'])
export class TakeUpChangeEntity {
  @LedgerSiteColumn()
  siteId!: string;

  @Column({ type: 'varchar', length: 32, nullable: false })
  stage!: string;

  @Column({ type: 'varchar', length: 64, nullable: false })
  dimension!: string;

  @Column({ type: 'varchar', length: 64, nullable: false })
  value!: string;

  @Column({ type: 'integer', nullable: false })
  delta!: number;
}
