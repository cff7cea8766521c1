import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Roll-up of finished stays by month ended, stage and whole days spent; folded from stage_stay_changes. */
@Entity({ name: 'stage_exit_counts', comment: 'Finished stays by the month they ended, stage and whole days spent' })
// INCLUDE (stage, days, stays): TypeORM cannot describe covering columns, so it leaves the index alone.
@Index('ix_stage_exit_counts_period', { synchronize: false })
export class StageExitCountEntity {
  @PrimaryColumn({ name: 'site_id', type: 'varchar', length: 64 })
  siteId!: string;

  /** The first day of the month the stays ended. */
  @PrimaryColumn({ name: 'left_month', type: 'date' })
  leftMonth!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  stage!: string;

  @PrimaryColumn({ type: 'integer' })
  days!: number;

  @Column({ type: 'integer', nullable: false })
  stays!: number;
}
