import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { addDays, isUnderFive, type ReviewRule, reviewRuleProblems } from '@ipc/domain';
import { CarePlansRepository, ReviewsRepository } from '@ipc/persistence';
import { todayInLondon } from '../common/calendar-date.validator';
import { pageOf, pageWindow } from '../common/page.query';
import { problems } from '../problem/problem.exception';
import { journeyCase } from '../cases/case-kind';
import { CaseStepsService } from '../cases/case-steps.service';
import type { OutcomeRatingDto, ReviewDto, ReviewRequestDto } from './dto/review.dto';
import type { ReviewRulesDto } from './dto/review-rules.dto';
import type { ReviewsDueQuery } from './dto/reviews-due.query';
import { ParticipantsService } from '../participants/participants.service';
import { reviewRequestStep, reviewStep } from './review.steps';

/** Reviews held and asked for, the site's review rules, and the team's list of reviews falling due. */
@Injectable()
export class ReviewsService {
  constructor(
    @Inject(ReviewsRepository) private readonly reviews: Pick<ReviewsRepository, 'rules' | 'saveRules' | 'dueBy'>,
    private readonly steps: CaseStepsService,
    @Inject(ParticipantsService) private readonly participants: Pick<ParticipantsService, 'findForStaff'>,
    @Inject(CarePlansRepository) private readonly carePlans: Pick<CarePlansRepository, 'versions'>,
  ) {}

  /** A review, with whether the person is under five that day (an EHC plan's next review follows it). */
  async recordReview(staff: StaffMember, participantId: string, dto: ReviewDto, idempotencyKey: string) {
    const { dateOfBirth } = await this.participants.findForStaff(staff, participantId);
    if (dto.outcomeRatings) await this.assertRatingsOfPlan(participantId, dto.outcomeRatings);
    const underFive = isUnderFive(dateOfBirth, dto.effectiveDate ?? todayInLondon());
    return this.steps.send(journeyCase, staff, participantId, reviewStep(dto, underFive), idempotencyKey);
  }

  requestReview(staff: StaffMember, participantId: string, dto: ReviewRequestDto, idempotencyKey: string) {
    return this.steps.send(journeyCase, staff, participantId, reviewRequestStep(dto), idempotencyKey);
  }

  /** Each rating names an outcome of the plan in force, once. */
  private async assertRatingsOfPlan(participantId: string, ratings: OutcomeRatingDto[]) {
    const { inForce } = await this.carePlans.versions(participantId);
    const outcomes = (inForce?.content.outcomes as unknown[] | undefined)?.length ?? 0;
    const seen = new Set<number>();
    const ratingProblems = ratings.flatMap(({ outcome }, index) => {
      const field = `outcomeRatings[${index}].outcome`;
      if (outcome >= outcomes) return [{ field, reason: `the plan in force has ${outcomes} outcomes` }];
      if (seen.has(outcome)) return [{ field, reason: `outcome ${outcome} is rated twice` }];
      seen.add(outcome);
      return [];
    });
    if (ratingProblems.length) throw problems.validation(ratingProblems);
  }

  /** Open journeys of a team whose review is overdue or due within the window, soonest first. */
  async due(staff: StaffMember, query: ReviewsDueQuery) {
    const today = todayInLondon();
    const until = addDays(today, Number.parseInt(query.within, 10));
    const teamId = query.teamId ?? staff.teamId;
    const { rows, total } = await this.reviews.dueBy(staff.siteId, teamId, until, pageWindow(query));
    const reviews = rows.map((review) => ({ ...review, overdue: review.dueOn < today }));
    return { teamId, asOf: today, until, ...pageOf(query, reviews, total) };
  }

  /** The site's rule sets, in the shape `PUT` takes. */
  async rules(staff: StaffMember): Promise<{ rules: ReviewRule[] }> {
    return { rules: await this.reviews.rules(staff.siteId) };
  }

  async setRules(staff: StaffMember, dto: ReviewRulesDto): Promise<{ rules: ReviewRule[] }> {
    const rules: ReviewRule[] = JSON.parse(JSON.stringify(dto.rules));
    const ruleProblems = reviewRuleProblems(rules);
    if (ruleProblems.length) throw problems.validation(ruleProblems);
    await this.reviews.saveRules(staff.siteId, rules, staff.staffId);
    return { rules };
  }
}
