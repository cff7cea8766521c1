import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A site's settings for programme monitoring: its population and what it records about people. */
@Entity({ name: 'site_settings' })
@Check('site_settings_population_check', 'population > 0')
export class SiteSettingsEntity {
  @PrimaryColumn({ name: 'site_id', type: 'varchar', length: 64 })
  siteId!: string;

  /** The local population the programme serves, for figures per 1,000; null until set. */
  @Column({ type: 'integer', nullable: true })
  population!: number | null;

  /** Characteristics the site records beyond the built-in ones: [{ key, values }]. */
  @Column({ type: 'jsonb', nullable: false, default: () => "'[]'" })
  characteristics!: { key: string; values: string[] }[];

  /** The site's own expected rates per 1,000, by projection measure, over the programme's defaults. */
  @Column({ name: 'expected_per_1000', type: 'jsonb', nullable: false, default: () => "'{}'" })
  expectedPer1000!: Record<string, number | null>;

  /** The site's worklist thresholds over the defaults (days), by name. */
  @Column({ name: 'worklist_thresholds', type: 'jsonb', nullable: false, default: () => "'{}'" })
  worklistThresholds!: Record<string, unknown>;

  /** The site's outcome measures over the defaults: the cohorts it measures activation for. */
  @Column({ name: 'outcome_measures', type: 'jsonb', nullable: false, default: () => "'{}'" })
  outcomeMeasures!: Record<string, unknown>;

  @Column({ name: 'updated_by', type: 'varchar', length: 64, nullable: false })
  updatedBy!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
