import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A review step keeps the date the review was due when it was held, so programme figures count
 * reviews on time and late from the review rows alone (at 1,000,000 people, reading each review's
 * previous step for it took a second a request). Earlier reviews get theirs from that step now.
 */
export class AddReviewDueDates1764001100000 implements MigrationInterface {
  name = 'AddReviewDueDates1764001100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE journey_steps ADD COLUMN review_due_on date NULL`);
    await queryRunner.query(`
      UPDATE journey_steps s SET review_due_on = (prev.journey_after->'reviews'->>'nextDueOn')::date
        FROM journey_steps prev
       WHERE s.step = 'review' AND prev.participant_id = s.participant_id AND prev.sequence = s.sequence - 1`);
    await queryRunner.query(`DROP INDEX ix_journey_steps_reviews`);
    await queryRunner.query(
      `CREATE INDEX ix_journey_steps_reviews ON journey_steps (effective_on, participant_id) INCLUDE (review_due_on)
        WHERE step = 'review'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_journey_steps_reviews`);
    await queryRunner.query(
      `CREATE INDEX ix_journey_steps_reviews ON journey_steps (effective_on, participant_id) WHERE step = 'review'`,
    );
    await queryRunner.query(`ALTER TABLE journey_steps DROP COLUMN review_due_on`);
  }
}
