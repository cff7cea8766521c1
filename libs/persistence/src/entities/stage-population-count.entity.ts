import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Roll-up: people at each stage now, by cohort; folded from stage_stay_changes. */
@Entity({ name: 'stage_population_counts', comment: 'People at each stage now, by cohort' })
export class StagePopulationCountEntity {
  @PrimaryColumn({ name: 'site_id', type: 'varchar', length: 64 })
  siteId!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  cohort!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  stage!: string;

  @Column({ type: 'integer', nullable: false })
  people!: number;
}
