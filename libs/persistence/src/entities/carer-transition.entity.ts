import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { CarerEntity } from './carer.entity';

/** A carer's transition point the workflow noticed: once per carer, kind and due date. */
@Entity({ name: 'carer_transitions' })
@Index('ix_carer_transitions_site_due', ['siteId', 'dueOn'])
export class CarerTransitionEntity {
  @PrimaryColumn({ name: 'carer_id', type: 'uuid' })
  @ForeignKey(() => CarerEntity, { name: 'carer_transitions_carer_id_fkey', onDelete: 'CASCADE' })
  carerId!: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  transition!: string;

  @PrimaryColumn({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'remind_on', type: 'date', nullable: false })
  remindOn!: string;

  @Column({ name: 'site_id', type: 'varchar', length: 64, nullable: false })
  siteId!: string;

  /** The reminder requested for it (an id only: the schema has no foreign key to reminders). */
  @Column({ name: 'reminder_id', type: 'uuid', nullable: true })
  reminderId!: string | null;

  @Column({ name: 'noticed_at', type: 'timestamptz', nullable: false, default: () => 'now()' })
  noticedAt!: Date;
}
