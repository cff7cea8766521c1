import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A site's resource allocation: reference costs, funder shares, variance threshold, statement cycle. */
@Entity({ name: 'site_resource_allocations' })
export class SiteResourceAllocationEntity {
  @PrimaryColumn({ name: 'site_id', type: 'varchar', length: 64 })
  siteId!: string;

  @Column({ type: 'jsonb', nullable: false })
  allocation!: Record<string, unknown>;

  @Column({ name: 'updated_by', type: 'varchar', length: 64, nullable: false })
  updatedBy!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
