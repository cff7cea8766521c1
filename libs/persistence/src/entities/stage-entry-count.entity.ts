import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Roll-up of stage_stays by the day each stay began; folded from stage_stay_changes. */
@Entity({
  name: 'stage_entry_counts',
  comment: 'Stays by the day they began; from_stage and next_stage are empty for a referral and a stay still going',
})
// Both indexes carry INCLUDE columns, which TypeORM cannot describe, so it leaves them alone.
@Index('ix_stage_entry_counts_period', { synchronize: false })
@Index('ix_stage_entry_counts_open', { synchronize: false })
export class StageEntryCountEntity {
  @PrimaryColumn({ name: 'site_id', type: 'varchar', length: 64 })
  siteId!: string;

  @PrimaryColumn({ name: 'entered_on', type: 'date' })
  enteredOn!: string;

  /** '' for a referral. */
  @PrimaryColumn({ name: 'from_stage', type: 'varchar', length: 32 })
  fromStage!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  stage!: string;

  /** '' for a stay still going. */
  @PrimaryColumn({ name: 'next_stage', type: 'varchar', length: 32 })
  nextStage!: string;

  @Column({ type: 'integer', nullable: false })
  stays!: number;
}
