import { addDays, DEFAULT_REVIEW_RULES, type ReviewRule } from '@ipc/domain';
import type { ParticipantEntity } from '@ipc/persistence';
import { InMemoryReviews, recordedSteps } from '../../../../test/in-memory/journey-stores';
import { staff } from '../../../../test/support/test-staff';
import { todayInLondon } from '../common/calendar-date.validator';
import type { ReviewDto } from './dto/review.dto';
import type { ReviewRulesDto } from './dto/review-rules.dto';
import { ReviewsService } from './reviews.service';

const coordinator = staff.coordinator;

function setup() {
  const reviews = new InMemoryReviews();
  const { steps, requests } = recordedSteps();
  const participants = { findForStaff: async () => ({ dateOfBirth: '1950-02-01' }) as ParticipantEntity };
  return {
    service: new ReviewsService(reviews, steps, participants, {
      versions: async () => ({ inForce: null, draft: null }),
    }),
    reviews,
    requests,
  };
}

describe(ReviewsService.name, () => {
  describe('recordReview', () => {
    it('should send counts and the outcome to the journey and keep attendees and notes as narrative', async () => {
      const { service, requests } = setup();
      const dto = {
        outcome: 'continue',
        attendees: [
          { role: 'participant', name: 'Pat' },
          { role: 'carer', name: 'Ann Example' },
        ],
        notes: 'Going well',
      } as unknown as ReviewDto;
      await service.recordReview(coordinator, 'p1', dto, 'key-1');
      expect(requests[0]).toMatchObject({
        step: 'review',
        content: {
          payload: { outcome: 'continue', attendeeCount: 2, carersAttended: 1, closureReason: null, underFive: false },
          narrative: { attendees: dto.attendees, notes: 'Going well' },
        },
      });
    });
  });

  describe('requestReview', () => {
    it('should send the reason, and the note as narrative', async () => {
      const { service, requests } = setup();
      await service.requestReview(coordinator, 'p1', { reason: 'crisis', note: 'fell at home' } as never, 'key-2');
      expect(requests[0]).toMatchObject({
        step: 'review-request',
        content: { payload: { reason: 'crisis' }, narrative: { note: 'fell at home' } },
      });
    });
  });

  describe('due', () => {
    it('should list the team’s reviews due within the window, marking the overdue ones', async () => {
      const { service, reviews } = setup();
      const today = todayInLondon();
      const review = { siteId: 'site-a', teamId: 'team-a1', stage: 'delivery', cohort: 'frailty' };
      reviews.due = [
        { ...review, participantId: 'late', dueOn: addDays(today, -1) },
        { ...review, participantId: 'soon', dueOn: addDays(today, 10) },
        { ...review, participantId: 'later', dueOn: addDays(today, 40) },
        { ...review, participantId: 'other-team', teamId: 'team-a2', dueOn: today },
      ];
      const due = await service.due(coordinator, { within: '30d', page: 1, pageSize: 25 } as never);
      expect(due).toMatchObject({ teamId: 'team-a1', asOf: today, until: addDays(today, 30), total: 2 });
      expect(due.items.map(({ participantId, overdue }) => [participantId, overdue])).toEqual([
        ['late', true],
        ['soon', false],
      ]);
    });
  });

  describe('rules', () => {
    it('should answer the pathway guide’s rules until the site sets its own', async () => {
      await expect(setup().service.rules(coordinator)).resolves.toEqual({ rules: DEFAULT_REVIEW_RULES });
    });
  });

  describe('setRules', () => {
    it('should keep the site’s rules and answer them in the shape PUT takes', async () => {
      const { service } = setup();
      const rules: ReviewRule[] = [DEFAULT_REVIEW_RULES[0]];
      await expect(service.setRules(staff.administrator, { rules } as ReviewRulesDto)).resolves.toEqual({ rules });
      await expect(service.rules(coordinator)).resolves.toEqual({ rules });
    });
  });
});
