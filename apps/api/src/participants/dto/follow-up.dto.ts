import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type ClosureReason, FOLLOW_UP_OUTCOMES, type FollowUpOutcome, STAFF_CLOSURE_REASONS } from '@ipc/domain';
import { IsIn, IsOptional, IsString, Length, ValidateIf } from 'class-validator';
import { StepBaseDto } from './step-base.dto';

/** A light-touch follow-up of a person whose needs are met through community connecting. */
export class FollowUpDto extends StepBaseDto {
  @ApiProperty({
    enum: FOLLOW_UP_OUTCOMES,
    description: '`still-fine` sets the next follow-up date; `needs-planning` moves to activation; `closed` closes',
  })
  @IsIn(FOLLOW_UP_OUTCOMES)
  outcome!: FollowUpOutcome;

  @ApiPropertyOptional({ enum: STAFF_CLOSURE_REASONS, description: 'With `closed`; `needs-met` if absent' })
  @ValidateIf((dto: FollowUpDto) => dto.closureReason !== undefined)
  @IsIn(STAFF_CLOSURE_REASONS)
  closureReason?: ClosureReason;

  @ApiPropertyOptional({ description: 'How the person is, in their words' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  note?: string;
}
