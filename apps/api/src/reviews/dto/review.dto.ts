import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type ClosureReason,
  REVIEW_OUTCOMES,
  REVIEW_REQUEST_REASONS,
  type ReviewOutcome,
  type ReviewRequestReason,
  STAFF_CLOSURE_REASONS,
} from '@ipc/domain';
import { IsIn, IsOptional, IsString, Length, ValidateIf } from 'class-validator';
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
