import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { PostalAddress } from './contact-preference.entity';

export type PersonKind = 'participant' | 'carer';

export interface PhoneNumber {
  use: string;
  number: string;
}

/**
 * Who a participant or carer is and how to reach them: personal data, kept here and never in
 * Temporal. Names are nullable for people referred before names were taken.
 */
@Entity({ name: 'person_details' })
@Check('ck_person_details_kind', `person_kind IN ('participant', 'carer')`)
// GIN over search_name gin_trgm_ops: made by the migration, which TypeORM cannot express.
@Index('ix_person_details_search', { synchronize: false })
export class PersonDetailsEntity {
  @PrimaryColumn({ name: 'person_kind', type: 'varchar', length: 16 })
  personKind!: PersonKind;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'site_id', type: 'varchar', length: 64, nullable: false })
  siteId!: string;

  @Column({ type: 'varchar', length: 35, nullable: true })
  title!: string | null;

  @Column({ name: 'given_name', type: 'varchar', length: 100, nullable: true })
  givenName!: string | null;

  @Column({ name: 'family_name', type: 'varchar', length: 100, nullable: true })
  familyName!: string | null;

  @Column({ name: 'preferred_name', type: 'varchar', length: 100, nullable: true })
  preferredName!: string | null;

  @Column({ name: 'postal_address', type: 'jsonb', nullable: true })
  postalAddress!: PostalAddress | null;

  /** The postcode as compared: capitals, no spaces. */
  @Column({ name: 'postcode_key', type: 'varchar', length: 8, nullable: true })
  postcodeKey!: string | null;

  @Column({ type: 'jsonb', nullable: false, default: () => "'[]'" })
  phones!: PhoneNumber[];

  @Column({ type: 'varchar', length: 320, nullable: true })
  email!: string | null;

  @Column({ name: 'gp_practice_ods_code', type: 'varchar', length: 6, nullable: true })
  gpPracticeOdsCode!: string | null;

  @Column({ name: 'main_language', type: 'varchar', length: 16, nullable: true })
  mainLanguage!: string | null;

  @Column({ name: 'interpreter_needed', type: 'boolean', nullable: false, default: false })
  interpreterNeeded!: boolean;

  /** Accessible Information Standard needs, as our codes (libs/domain person/communication-needs). */
  @Column({ name: 'communication_needs', type: 'jsonb', nullable: false, default: () => "'[]'" })
  communicationNeeds!: string[];

  /** person_search_text of the names, kept by the repository: what search matches. */
  @Column({ name: 'search_name', type: 'text', nullable: false, default: '' })
  searchName!: string;

  /** person_search_sounds of search_name: how search ranks names that sound alike. */
  @Column({ name: 'search_sounds', type: 'text', nullable: false, default: '' })
  searchSounds!: string;

  /** 1 when first recorded, one more with each change (the change's row in person_details_changes). */
  @Column({ type: 'integer', nullable: false, default: 1 })
  version!: number;

  @Column({ name: 'updated_by', type: 'varchar', length: 64, nullable: false })
  updatedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
