import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { addDays, type ReviewRule } from '@ipc/domain';
import { ReviewsRepository } from '@ipc/persistence';
import { todayInLondon } from '../common/calendar-date.validator';
import { JourneyStepsService } from '../participants/journey-steps.service';
import type { ReviewDto, ReviewRequestDto } from './dto/review.dto';
import type { ReviewRulesDto } from './dto/review-rules.dto';
import type { ReviewsDueQuery } from './dto/reviews-due.query';

/** Reviews held and asked for, the site's review rules, and the team's list of reviews falling due. */
@Injectable()
export class ReviewsService {
  constructor(
    @Inject(ReviewsRepository) private readonly reviews: Pick<ReviewsRepository, 'rules' | 'saveRules' | 'dueBy'>,
    private readonly steps: JourneyStepsService,
  ) {}

  recordReview(staff: StaffMember, participantId: string, dto: ReviewDto, idempotencyKey: string) {
    return this.steps.record({
      staff,
      participantId,
      step: 'review',
      content: {
        payload: {
          outcome: dto.outcome,
          attendeeCount: dto.attendees.length,
          carersAttended: dto.attendees.filter((attendee) => attendee.role === 'carer').length,
          closureReason: dto.closureReason ?? null,
        },
        narrative: { attendees: dto.attendees, notes: dto.notes },
      },
      effectiveDate: dto.effectiveDate,
      idempotencyKey,
    });
  }

  requestReview(staff: StaffMember, participantId: string, dto: ReviewRequestDto, idempotencyKey: string) {
    return this.steps.record({
      staff,
      participantId,
      step: 'review-request',
      content: { payload: { reason: dto.reason }, narrative: dto.note ? { note: dto.note } : {} },
      effectiveDate: dto.effectiveDate,
      idempotencyKey,
    });
  }

  /** Open journeys of a team whose review is overdue or due within the window, soonest first. */
  async due(staff: StaffMember, query: ReviewsDueQuery) {
    const today = todayInLondon();
    const until = addDays(today, Number.parseInt(query.within, 10));
    const teamId = query.teamId ?? staff.teamId;
    const due = await this.reviews.dueBy(staff.siteId, teamId, until);
    return {
      teamId,
      asOf: today,
      until,
      reviews: due.map((review) => ({ ...review, overdue: review.dueOn < today })),
    };
  }

  rules(staff: StaffMember): Promise<ReviewRule[]> {
    return this.reviews.rules(staff.siteId);
  }

  async setRules(staff: StaffMember, dto: ReviewRulesDto): Promise<ReviewRule[]> {
    const rules: ReviewRule[] = JSON.parse(JSON.stringify(dto.rules));
    await this.reviews.saveRules(staff.siteId, rules, staff.staffId);
    return rules;
  }
}
