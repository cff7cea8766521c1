import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A site's review rule sets per plan type or funding stream (first review, then every M months). */
@Entity({ name: 'site_review_rules' })
export class SiteReviewRulesEntity {
  @PrimaryColumn({ name: 'site_id', type: 'varchar', length: 64 })
  siteId!: string;

  @Column({ type: 'jsonb', nullable: false })
  rules!: Record<string, unknown>;

  @Column({ name: 'updated_by', type: 'varchar', length: 64, nullable: false })
  updatedBy!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
