import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type ClosureReason,
  OUTCOME_RATINGS,
  type OutcomeRating,
  REVIEW_OUTCOMES,
  REVIEW_REQUEST_REASONS,
  type ReviewOutcome,
  type ReviewRequestReason,
  STAFF_CLOSURE_REASONS,
} from '@ipc/domain';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min, ValidateIf } from 'class-validator';
import { StepBaseDto } from '../../participants/dto/step-base.dto';
import { NestedList } from '../../common/nested-list.decorator';

export const ATTENDEE_ROLES = [
  'participant',
  'carer',
  'care-coordinator',
  'professional',
  'advocate',
  'other',
] as const;

export class ReviewAttendeeDto {
  @ApiProperty({ enum: ATTENDEE_ROLES })
  @IsIn(ATTENDEE_ROLES)
  role!: (typeof ATTENDEE_ROLES)[number];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;
}

export class OutcomeRatingDto {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: "The outcome's place in the plan in force's outcomes, from 0",
  })
  @IsInt()
  @Min(0)
  @Max(49)
  outcome!: number;

  @ApiProperty({ enum: OUTCOME_RATINGS })
  @IsIn(OUTCOME_RATINGS)
  rating!: OutcomeRating;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

export class ReviewDto extends StepBaseDto {
  @ApiProperty({ enum: REVIEW_OUTCOMES, description: 'continue, revise the plan (back to planning) or close' })
  @IsIn(REVIEW_OUTCOMES)
  outcome!: ReviewOutcome;

  @ApiProperty({ type: [ReviewAttendeeDto], description: 'Who took part; carers are expert partners' })
  @NestedList(() => ReviewAttendeeDto, { min: 1, max: 30 })
  attendees!: ReviewAttendeeDto[];

  @ApiPropertyOptional({ enum: STAFF_CLOSURE_REASONS, description: 'Required when the outcome is close' })
  @ValidateIf((dto: ReviewDto) => dto.outcome === 'close')
  @IsIn(STAFF_CLOSURE_REASONS)
  closureReason?: ClosureReason;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 8000)
  notes?: string;

  @ApiPropertyOptional({
    type: [OutcomeRatingDto],
    description: 'A rating (and note) of each outcome of the plan in force; one per outcome, kept in PostgreSQL',
  })
  @IsOptional()
  @NestedList(() => OutcomeRatingDto, { max: 50 })
  outcomeRatings?: OutcomeRatingDto[];
}

export class ReviewRequestDto extends StepBaseDto {
  @ApiProperty({ enum: REVIEW_REQUEST_REASONS })
  @IsIn(REVIEW_REQUEST_REASONS)
  reason!: ReviewRequestReason;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  note?: string;
}
