import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PersonKind } from './person-details.entity';

/** One recording of a person's details: who, when, which fields, and what they were before (null at first). */
@Entity({ name: 'person_details_changes' })
@Check('ck_person_details_changes_kind', `person_kind IN ('participant', 'carer')`)
@Index('uq_person_details_changes_version', ['personKind', 'personId', 'version'], { unique: true })
export class PersonDetailsChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'person_kind', type: 'varchar', length: 16, nullable: false })
  personKind!: PersonKind;

  @Column({ name: 'person_id', type: 'uuid', nullable: false })
  personId!: string;

  @Column({ name: 'site_id', type: 'varchar', length: 64, nullable: false })
  siteId!: string;

  /** The details' version this change made. */
  @Column({ type: 'integer', nullable: false })
  version!: number;

  @Column({ name: 'changed_by', type: 'varchar', length: 64, nullable: false })
  changedBy!: string;

  @Column({ name: 'changed_at', type: 'timestamptz', nullable: false, default: () => 'now()' })
  changedAt!: Date;

  @Column({ name: 'changed_fields', type: 'jsonb', nullable: false })
  changedFields!: string[];

  @Column({ type: 'jsonb', nullable: true })
  previous!: Record<string, unknown> | null;
}
