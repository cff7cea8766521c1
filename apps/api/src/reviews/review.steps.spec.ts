import type { ReviewDto, ReviewRequestDto } from './dto/review.dto';
import { reviewRequestStep, reviewStep } from './review.steps';

describe('review steps', () => {
  describe(reviewStep.name, () => {
    it('should send how many attended and how many were carers, keeping who they were in the narrative', () => {
      const attendees = [{ role: 'participant' }, { role: 'carer', name: 'Ann Example' }, { role: 'care-coordinator' }];
      const dto = { outcome: 'continue', attendees, notes: 'Going well', effectiveDate: '2026-11-22' } as ReviewDto;

      const step = reviewStep(dto, true);

      expect(step).toEqual({
        name: 'review',
        payload: { outcome: 'continue', attendeeCount: 3, carersAttended: 1, closureReason: null, underFive: true },
        narrative: { attendees, notes: 'Going well' },
        effectiveDate: '2026-11-22',
      });
      expect(JSON.stringify(step.payload)).not.toContain('Ann Example');
    });

    it('should send the closure reason of a review that closes the journey', () => {
      const dto = { outcome: 'close', closureReason: 'needs-met', attendees: [] } as unknown as ReviewDto;

      expect(reviewStep(dto, false).payload).toMatchObject({ outcome: 'close', closureReason: 'needs-met' });
    });
  });

  describe(reviewRequestStep.name, () => {
    it('should send the reason and keep a note only when given', () => {
      expect(reviewRequestStep({ reason: 'crisis', effectiveDate: '2026-12-01' } as ReviewRequestDto)).toEqual({
        name: 'review-request',
        payload: { reason: 'crisis' },
        narrative: {},
        effectiveDate: '2026-12-01',
      });
    });
  });
});
