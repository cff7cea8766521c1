import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Roll-up: people who reached each stage, by characteristic; folded from take_up_changes. */
@Entity({
  name: 'take_up_counts',
  comment: 'People who reached each stage, by cohort, age at referral and each recorded characteristic',
})
export class TakeUpCountEntity {
  @PrimaryColumn({ name: 'site_id', type: 'varchar', length: 64 })
  siteId!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  stage!: string;

  /** all, cohort, age, sex, ethnicity, disability or other:<key>. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  dimension!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  value!: string;

  @Column({ type: 'integer', nullable: false })
  people!: number;
}
