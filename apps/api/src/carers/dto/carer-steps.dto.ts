import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ASSESSMENT_METHODS,
  type AssessmentMethod,
  CARER_ASSESSMENT_OUTCOMES,
  CARER_CLOSURE_REASONS,
  CARER_REVIEW_OUTCOMES,
  type CarerAssessmentOutcome,
  type CarerClosureReason,
  type CarerReviewOutcome,
  CARING_CHOICES,
  type CaringChoice,
  EHC_PLAN_TRANSFERS,
  type EhcPlanTransfer,
} from '@ipc/domain';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsString, IsUUID, Length, ValidateIf } from 'class-validator';
import { StepBaseDto } from '../../participants/dto/step-base.dto';
import { IsCalendarDate } from '../../common/calendar-date.validator';
import { NestedList } from '../../common/nested-list.decorator';
import { IsOmittable } from '../../common/optional';
import { IsPence } from '../../common/pence.decorator';

/** Free text on a step: kept in Postgres beside the timeline, never sent to Temporal. */
class NotedStepDto extends StepBaseDto {
  @ApiPropertyOptional()
  @IsOmittable()
  @IsString()
  @Length(1, 4000)
  notes?: string;
}

export class AssessmentOfferDto extends NotedStepDto {
  @ApiProperty({ enum: ASSESSMENT_METHODS })
  @IsIn(ASSESSMENT_METHODS)
  method!: AssessmentMethod;

  @ApiPropertyOptional({ description: 'Staff id of the assessor, if one is named' })
  @IsOmittable()
  @IsString()
  @Length(1, 64)
  assessorId?: string;
}

export class CarerAssessmentDto extends NotedStepDto {
  @ApiProperty({ enum: CARER_ASSESSMENT_OUTCOMES, description: 'The assessment was done, or the carer declined it' })
  @IsIn(CARER_ASSESSMENT_OUTCOMES)
  outcome!: CarerAssessmentOutcome;

  @ApiPropertyOptional({ description: 'Required when completed: whether the carer has eligible needs' })
  @ValidateIf((dto: CarerAssessmentDto) => dto.outcome === 'completed' || dto.eligibleNeeds !== undefined)
  @IsBoolean()
  eligibleNeeds?: boolean;

  @ApiPropertyOptional({
    enum: CARING_CHOICES,
    description: 'Required when completed: how much care they choose to give',
  })
  @ValidateIf((dto: CarerAssessmentDto) => dto.outcome === 'completed' || dto.caringChoice !== undefined)
  @IsIn(CARING_CHOICES)
  caringChoice?: CaringChoice;

  @ApiPropertyOptional({ description: 'Required when declined: the reason, in the carer’s words if they gave one' })
  @ValidateIf((dto: CarerAssessmentDto) => dto.outcome === 'declined' || dto.declineReason !== undefined)
  @IsString()
  @Length(1, 2000)
  declineReason?: string;
}

export class CarerSupportItemDto {
  @ApiPropertyOptional({ description: 'Keep the id when revising a plan' })
  @IsOmittable()
  @IsUUID()
  itemId?: string;

  @ApiProperty({ example: 'A short break each month' })
  @IsString()
  @Length(1, 2000)
  description!: string;

  @ApiPropertyOptional({ example: 'Carers Centre' })
  @IsOmittable()
  @IsString()
  @Length(1, 200)
  provider?: string;

  @IsPence({ example: 45000, description: 'Annual cost in pence' })
  annualCostPence!: number;
}

export class CarerSupportPlanDto extends NotedStepDto {
  @ApiProperty({ description: 'Staff id of the coordinator supporting the carer' })
  @IsString()
  @Length(1, 64)
  coordinatorId!: string;

  @ApiProperty({ example: ['Time for myself each week'], description: 'What matters to the carer' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 2000, { each: true })
  outcomes!: string[];

  @ApiProperty({ type: [CarerSupportItemDto] })
  @NestedList(() => CarerSupportItemDto, { min: 1, max: 100 })
  supportItems!: CarerSupportItemDto[];
}

export class CarerBudgetDto extends NotedStepDto {
  @IsPence({ min: 1, example: 60000, description: "Pence; at most the site's carer budget cap" })
  amountPence!: number;

  @ApiPropertyOptional({ example: 'Breaks and a gym membership', description: 'What the budget is for' })
  @IsOmittable()
  @IsString()
  @Length(1, 2000)
  purpose?: string;

  @ApiPropertyOptional({ description: 'Required to reduce an existing budget' })
  @IsOmittable()
  @IsString()
  @Length(1, 2000)
  reason?: string;
}

export class CarerReviewDto extends NotedStepDto {
  @ApiProperty({ enum: CARER_REVIEW_OUTCOMES })
  @IsIn(CARER_REVIEW_OUTCOMES)
  outcome!: CarerReviewOutcome;

  @ApiProperty({ enum: CARING_CHOICES, description: 'How much care, if any, the carer now chooses to give' })
  @IsIn(CARING_CHOICES)
  caringChoice!: CaringChoice;
}

export class SchoolMoveDto extends NotedStepDto {
  @ApiProperty({ example: '2027-09-06', description: 'The date of the move (often ahead of time)' })
  @IsCalendarDate()
  movesOn!: string;

  @ApiPropertyOptional({ enum: EHC_PLAN_TRANSFERS, default: 'none', description: 'A phase transfer under an EHC plan' })
  @IsOmittable()
  @IsIn(EHC_PLAN_TRANSFERS)
  ehcPlanTransfer: EhcPlanTransfer = 'none';
}

export class CarerClosureDto extends StepBaseDto {
  @ApiProperty({ enum: CARER_CLOSURE_REASONS })
  @IsIn(CARER_CLOSURE_REASONS)
  reason!: CarerClosureReason;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsString()
  @Length(1, 4000)
  note?: string;
}
