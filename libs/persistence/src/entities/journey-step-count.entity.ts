import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Roll-up: journey steps recorded at a site, by step; folded from journey_step_changes. */
@Entity({ name: 'journey_step_counts' })
export class JourneyStepCountEntity {
  @PrimaryColumn({ name: 'site_id', type: 'varchar', length: 64 })
  siteId!: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  step!: string;

  /** bigint comes back from the driver as a string. */
  @Column({ type: 'bigint', nullable: false })
  steps!: string;
}
