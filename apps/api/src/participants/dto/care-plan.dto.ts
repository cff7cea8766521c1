import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { IsOmittable } from '../../common/optional';
import { StepBaseDto } from './step-base.dto';
import { NestedList } from '../../common/nested-list.decorator';
import { IsPence } from '../../common/pence.decorator';

export const OUTCOME_AREAS = ['health', 'wellbeing', 'learning'] as const;

export class PlanOutcomeDto {
  @ApiProperty({ enum: OUTCOME_AREAS })
  @IsIn(OUTCOME_AREAS)
  area!: (typeof OUTCOME_AREAS)[number];

  @ApiProperty()
  @IsString()
  @Length(1, 2000)
  description!: string;
}

export class SupportItemDto {
  @ApiPropertyOptional({ description: 'Keep the id when revising a plan so spend stays linked to the item' })
  @IsOptional()
  @IsUUID()
  itemId?: string;

  @ApiProperty()
  @IsString()
  @Length(1, 2000)
  description!: string;

  @ApiProperty({ example: 'Riverside Home Care' })
  @IsString()
  @Length(1, 200)
  provider!: string;

  @IsPence({ example: 520000, description: 'Annual cost in pence' })
  annualCostPence!: number;
}

export class InvolvedPersonDto {
  @ApiProperty({ example: 'carer' })
  @IsString()
  @Length(1, 100)
  role!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  name!: string;
}

export class RiskDto {
  @ApiProperty()
  @IsString()
  @Length(1, 2000)
  description!: string;

  @ApiProperty({ description: 'The positive approach agreed to the risk' })
  @IsString()
  @Length(1, 2000)
  approach!: string;
}

export class ContingencyDto {
  @ApiProperty({ description: 'Who to contact in a crisis' })
  @IsString()
  @Length(1, 500)
  contact!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 4000)
  plan!: string;
}

export class CarePlanDto extends StepBaseDto {
  @ApiProperty({ description: 'Staff id of the single named care coordinator' })
  @IsString()
  @Length(1, 64)
  coordinatorId!: string;

  @ApiProperty({ type: [PlanOutcomeDto] })
  @NestedList(() => PlanOutcomeDto, { min: 1, max: 50 })
  outcomes!: PlanOutcomeDto[];

  @ApiProperty({ type: [SupportItemDto] })
  @NestedList(() => SupportItemDto, { min: 1, max: 100 })
  supportItems!: SupportItemDto[];

  @ApiProperty({ type: [InvolvedPersonDto] })
  @NestedList(() => InvolvedPersonDto, { max: 50 })
  involved!: InvolvedPersonDto[];

  @ApiProperty({ type: [RiskDto] })
  @NestedList(() => RiskDto, { max: 50 })
  risks!: RiskDto[];

  @ApiProperty({ type: ContingencyDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ContingencyDto)
  contingency!: ContingencyDto;

  @ApiPropertyOptional({
    description:
      'The plan aligns with an education, health and care plan, whose reviews it then follows (left out: as before)',
  })
  @IsOmittable()
  @IsBoolean()
  ehcPlan?: boolean;
}
