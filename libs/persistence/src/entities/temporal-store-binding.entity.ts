import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** The one Temporal store this database belongs to (a single row): the dev stack refuses another. */
@Entity({ name: 'temporal_store_binding' })
@Check('temporal_store_binding_singleton_check', 'singleton')
export class TemporalStoreBindingEntity {
  /** Always true: the key that lets the table hold one row only. */
  @PrimaryColumn({ type: 'boolean', default: true })
  singleton!: boolean;

  @Column({ name: 'store_id', type: 'uuid', nullable: false })
  storeId!: string;

  @Column({ name: 'data_dir', type: 'text', nullable: false })
  dataDir!: string;

  @Column({ name: 'bound_at', type: 'timestamptz', nullable: false, default: () => 'now()' })
  boundAt!: Date;
}
