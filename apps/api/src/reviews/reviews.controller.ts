import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { ApiJourneyStep } from '../participants/api-journey-step';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { DueReviewsDto } from './dto/review-views.dto';
import { ReviewDto, ReviewRequestDto } from './dto/review.dto';
import { ReviewRulesDto } from './dto/review-rules.dto';
import { ReviewsDueQuery } from './dto/reviews-due.query';
import { ReviewsService } from './reviews.service';
import { IdempotencyKey, Idempotent } from '../common/idempotency-key.decorator';
import { Audited } from '../audit/audited.decorator';

@ApiTags('reviews')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller()
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Audited('participant', 'reviews')
  @Post('participants/:id/reviews')
  @Access('change-record', 'participant')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a review: who attended and the outcome (continue, revise the plan, or close)' })
  @ApiJourneyStep()
  recordReview(
    @CurrentStaff() staff: StaffMember,
    @Param('id') participantId: string,
    @Body() dto: ReviewDto,
    @IdempotencyKey() idempotencyKey: string,
  ) {
    return this.reviews.recordReview(staff, participantId, dto, idempotencyKey);
  }

  @Audited('participant', 'reviews')
  @Post('participants/:id/review-requests')
  @Access('change-record', 'participant')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ask for an unscheduled review (crisis, admission, carer change): due from that date' })
  @ApiJourneyStep()
  requestReview(
    @CurrentStaff() staff: StaffMember,
    @Param('id') participantId: string,
    @Body() dto: ReviewRequestDto,
    @IdempotencyKey() idempotencyKey: string,
  ) {
    return this.reviews.requestReview(staff, participantId, dto, idempotencyKey);
  }

  @Audited('participant', 'reviews', 'none')
  @Get('reviews/due')
  @Access('list-people')
  @ApiOperation({ summary: "A team's due and overdue reviews" })
  @ApiOkResponse({ type: DueReviewsDto })
  @ApiProblems(400)
  due(@CurrentStaff() staff: StaffMember, @Query() query: ReviewsDueQuery) {
    return this.reviews.due(staff, query);
  }

  @Get('site/review-rules')
  @Access('read-site-rules')
  @ApiOperation({ summary: "The site's review rule sets (the pathway guide's common ones until set)" })
  @ApiOkResponse({ type: ReviewRulesDto, description: 'The same shape PUT takes' })
  rules(@CurrentStaff() staff: StaffMember) {
    return this.reviews.rules(staff);
  }

  @Put('site/review-rules')
  @Access('set-site-rules')
  @Idempotent()
  @ApiOperation({
    summary: "Set the site's review rule sets (administrators); journeys read them from their next cycle",
  })
  @ApiOkResponse({ type: ReviewRulesDto, description: 'The rules as stored: the same shape as GET' })
  @ApiProblems(400, 415, 422)
  setRules(@CurrentStaff() staff: StaffMember, @Body() dto: ReviewRulesDto) {
    return this.reviews.setRules(staff, dto);
  }
}
