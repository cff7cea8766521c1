import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { StepBaseDto } from './step-base.dto';

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

  @ApiProperty({ example: 520000, description: 'Annual cost in pence' })
  @IsInt()
  @Min(0)
  @Max(100_000_000_00)
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
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PlanOutcomeDto)
  outcomes!: PlanOutcomeDto[];

  @ApiProperty({ type: [SupportItemDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SupportItemDto)
  supportItems!: SupportItemDto[];

  @ApiProperty({ type: [InvolvedPersonDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => InvolvedPersonDto)
  involved!: InvolvedPersonDto[];

  @ApiProperty({ type: [RiskDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RiskDto)
  risks!: RiskDto[];

  @ApiProperty({ type: ContingencyDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ContingencyDto)
  contingency!: ContingencyDto;
}
