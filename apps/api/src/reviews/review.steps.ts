import { noteOf } from '../cases/step-drafts';
import type { JourneyStepDraft } from '../participants/journey.steps';
import type { ReviewDto, ReviewRequestDto } from './dto/review.dto';

/**
 * The workflow gets how many attended and how many were carers (who they were stays in PostgreSQL),
 * and whether the person is under five that day, never their date of birth.
 */
export const reviewStep = (dto: ReviewDto, underFive: boolean): JourneyStepDraft<'review'> => ({
  name: 'review',
  payload: {
    outcome: dto.outcome,
    attendeeCount: dto.attendees.length,
    carersAttended: dto.attendees.filter((attendee) => attendee.role === 'carer').length,
    closureReason: dto.closureReason ?? null,
    underFive,
  },
  narrative: { attendees: dto.attendees, notes: dto.notes, outcomeRatings: dto.outcomeRatings },
  effectiveDate: dto.effectiveDate,
});

export const reviewRequestStep = (dto: ReviewRequestDto): JourneyStepDraft<'review-request'> => ({
  name: 'review-request',
  payload: { reason: dto.reason },
  narrative: noteOf(dto),
  effectiveDate: dto.effectiveDate,
});
