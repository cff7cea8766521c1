import { Entity, Index, PrimaryColumn } from 'typeorm';

/** A word some person's name holds (as search keeps names), once: what a query's words are matched against. */
@Entity({ name: 'person_name_words' })
// GIN over word gin_trgm_ops: made by the migration, which TypeORM cannot express.
@Index('ix_person_name_words_trigrams', { synchronize: false })
export class PersonNameWordEntity {
  @PrimaryColumn({ type: 'text' })
  word!: string;
}
