import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Programme figures count the reviews held in a period: without this they read every journey step
 * (600,000 at 100,000 people) to find the few that are reviews.
 */
export class IndexReviewSteps1764000900000 implements MigrationInterface {
  name = 'IndexReviewSteps1764000900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX ix_journey_steps_reviews ON journey_steps (effective_on, participant_id) WHERE step = 'review'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_journey_steps_reviews`);
  }
}
