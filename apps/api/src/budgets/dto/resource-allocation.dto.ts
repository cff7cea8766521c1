import { ApiProperty } from '@nestjs/swagger';
import { COHORTS, type Cohort, NEED_BANDS, type NeedBand, STATEMENT_CYCLES, type StatementCycle } from '@ipc/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { NestedList } from '../../common/nested-list.decorator';
import { IsPence } from '../../common/pence.decorator';

export class FunderPenceDto {
  @IsPence({ example: 1_200_000 })
  nhs!: number;

  @IsPence({ example: 900_000 })
  socialCare!: number;

  @IsPence({ example: 0 })
  education!: number;
}

export class FunderBasisPointsDto {
  @ApiProperty({ example: 8000, description: 'Basis points: 10000 is 100%' })
  @IsInt()
  @Min(0)
  @Max(10_000)
  nhs!: number;

  @ApiProperty({ example: 10000 })
  @IsInt()
  @Min(0)
  @Max(10_000)
  socialCare!: number;

  @ApiProperty({ example: 5000 })
  @IsInt()
  @Min(0)
  @Max(10_000)
  education!: number;
}

export class ReferenceCostDto {
  @ApiProperty({ enum: COHORTS })
  @IsIn(COHORTS)
  cohort!: Cohort;

  @ApiProperty({ enum: NEED_BANDS })
  @IsIn(NEED_BANDS)
  needBand!: NeedBand;

  @ApiProperty({ type: FunderPenceDto, description: 'Average annual expenditure in pence, by funder' })
  @IsDefined()
  @ValidateNested()
  @Type(() => FunderPenceDto)
  annualPence!: FunderPenceDto;
}

/** A site's resource allocation: reference costs, personal-budget shares, services, threshold, cycle. */
export class ResourceAllocationDto {
  @ApiProperty({ type: [ReferenceCostDto] })
  @NestedList(() => ReferenceCostDto, { min: 1, max: 200 })
  referenceCosts!: ReferenceCostDto[];

  @ApiProperty({ type: FunderBasisPointsDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => FunderBasisPointsDto)
  personalBudgetShareBasisPoints!: FunderBasisPointsDto;

  @ApiProperty({ type: [String], example: ['Tuesday walking group', 'Carers centre'] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  communityServices!: string[];

  @ApiProperty({
    example: 1000,
    description: 'Basis points of the indicative total; beyond it a final budget needs approval',
  })
  @IsInt()
  @Min(0)
  @Max(10_000)
  varianceThresholdBasisPoints!: number;

  @ApiProperty({ enum: STATEMENT_CYCLES })
  @IsIn(STATEMENT_CYCLES)
  statementCycle!: StatementCycle;
}
