import { randomUUID } from 'node:crypto';
import { DEFAULT_REVIEW_RULES } from '@ipc/domain';
import { ParticipantsRepository, ReviewsRepository } from '@ipc/persistence';
import type { DataSource } from 'typeorm';
import { journeyView } from '../factories/participant.factory';
import { ALL, openOwnDatabase, referredParticipant } from './journey-fixtures';

describe(ReviewsRepository.name, () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;
  let reviews: ReviewsRepository;

  beforeAll(async () => {
    ({ dataSource, close } = await openOwnDatabase());
    reviews = new ReviewsRepository(dataSource);
  });
  afterAll(() => close());

  describe('rules', () => {
    it('should answer the pathway guide’s rules until the site sets its own, then the latest set', async () => {
      const siteId = `site-${randomUUID()}`;
      await expect(reviews.rules(siteId)).resolves.toEqual(DEFAULT_REVIEW_RULES);
      await reviews.saveRules(siteId, DEFAULT_REVIEW_RULES, 'admin-a');
      await reviews.saveRules(siteId, [DEFAULT_REVIEW_RULES[0]], 'admin-b');
      await expect(reviews.rules(siteId)).resolves.toEqual([DEFAULT_REVIEW_RULES[0]]);
    });
  });

  describe('dueBy', () => {
    it('should list a team’s open journeys with a review due by the date, soonest first', async () => {
      const siteId = `site-${randomUUID().slice(0, 8)}`;
      const participants = new ParticipantsRepository(dataSource);
      const withReviewDue = async (teamId: string, nextDueOn: string, closed = false) => {
        const participant = await referredParticipant(dataSource, { siteId, teamId });
        const journey = journeyView({ participantId: participant.id, stage: 'delivery', sequence: 5 });
        await participants.updateReadModel({
          ...journey,
          closure: closed ? { reason: 'withdrew', closedOn: '2026-12-01' } : null,
          reviews: { ...journey.reviews, nextDueOn },
        });
        return participant.id;
      };
      const later = await withReviewDue('team-1', '2026-12-20');
      const sooner = await withReviewDue('team-1', '2026-11-01');
      await withReviewDue('team-1', '2027-03-01');
      await withReviewDue('team-2', '2026-11-01');
      await withReviewDue('team-1', '2026-11-02', true);
      await expect(reviews.dueBy(siteId, 'team-1', '2026-12-31', ALL)).resolves.toEqual({
        rows: [
          { participantId: sooner, stage: 'delivery', cohort: 'multiple-long-term-conditions', dueOn: '2026-11-01' },
          { participantId: later, stage: 'delivery', cohort: 'multiple-long-term-conditions', dueOn: '2026-12-20' },
        ],
        total: 2,
      });
      await expect(reviews.dueBy(siteId, 'team-1', '2026-12-31', { skip: 1, take: 1 })).resolves.toEqual({
        rows: [
          { participantId: later, stage: 'delivery', cohort: 'multiple-long-term-conditions', dueOn: '2026-12-20' },
        ],
        total: 2,
      });
    });
  });
});
