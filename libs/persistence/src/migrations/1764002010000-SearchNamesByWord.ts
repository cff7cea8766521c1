import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Name search matches each word of the query against the words names hold (`person_name_words`,
 * by trigrams) and finds the people with a like word for each through a GIN index of their names'
 * words. It replaces the trigram index on whole names, which for a typo in two short names had to
 * recheck thousands of candidates sharing a few common trigrams.
 */
export class SearchNamesByWord1764002010000 implements MigrationInterface {
  name = 'SearchNamesByWord1764002010000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_person_details_search`);
    await queryRunner.query(
      `CREATE INDEX ix_person_details_search_words ON person_details USING gin (string_to_array(search_name, ' '))`,
    );
    await queryRunner.query(`CREATE TABLE person_name_words (word text NOT NULL PRIMARY KEY)`);
    await queryRunner.query(
      `CREATE INDEX ix_person_name_words_trigrams ON person_name_words USING gin (word gin_trgm_ops)`,
    );
    await queryRunner.query(`
      INSERT INTO person_name_words (word)
      SELECT DISTINCT word FROM person_details, unnest(string_to_array(search_name, ' ')) AS word WHERE word <> ''`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE person_name_words`);
    await queryRunner.query(`DROP INDEX ix_person_details_search_words`);
    await queryRunner.query(
      `CREATE INDEX ix_person_details_search ON person_details USING gin (search_name gin_trgm_ops)`,
    );
  }
}
