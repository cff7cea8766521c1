import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BUILT_IN_CHARACTERISTICS,
  CHARACTERISTIC_CODE,
  CHARACTERISTIC_CODE_MAX_LENGTH,
  NOT_RECORDED,
  PREFER_NOT_TO_SAY,
} from '@ipc/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsNotIn,
  IsNumber,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { NestedList } from '../../common/nested-list.decorator';

const CODE_RULE = 'must be lower-case letters and digits in words joined by hyphens';
const RESERVED_ANSWERS = [PREFER_NOT_TO_SAY, NOT_RECORDED];
const RESERVED_KEYS = [...BUILT_IN_CHARACTERISTICS, 'cohort', 'age', 'all'];

export class SiteCharacteristicDto {
  @ApiProperty({ example: 'religion-or-belief' })
  @Matches(CHARACTERISTIC_CODE, { message: CODE_RULE })
  @MaxLength(CHARACTERISTIC_CODE_MAX_LENGTH)
  @IsNotIn(RESERVED_KEYS, { message: 'is recorded for every site already' })
  key!: string;

  @ApiProperty({
    example: ['none', 'christian', 'muslim', 'other'],
    description: '"prefer-not-to-say" is always offered as well',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(CHARACTERISTIC_CODE, { each: true, message: CODE_RULE })
  @MaxLength(CHARACTERISTIC_CODE_MAX_LENGTH, { each: true })
  @IsNotIn(RESERVED_ANSWERS, { each: true, message: 'is offered for every characteristic already' })
  values!: string[];
}

const rate = () =>
  applyDecorators(
    ApiPropertyOptional({ minimum: 0, maximum: 1000 }),
    IsOptional(),
    IsNumber({ maxDecimalPlaces: 2 }),
    Min(0),
    Max(1000),
  );

/** Expected people per 1,000 of the population; absent means the programme's default (or none). */
export class ExpectedPer1000Dto {
  @rate() ipcCohort?: number;
  @rate() carePlan?: number;
  @rate() personalBudget?: number;
  @rate() personalHealthBudget?: number;
}

export class SiteSettingsDto {
  @ApiProperty({ example: 250000, description: 'The local population the programme serves' })
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  population!: number;

  @ApiPropertyOptional({
    type: [SiteCharacteristicDto],
    description: 'Characteristics recorded beyond the built-in ones',
  })
  @IsOptional()
  @NestedList(() => SiteCharacteristicDto, { max: 20 })
  characteristics?: SiteCharacteristicDto[];

  @ApiPropertyOptional({ type: ExpectedPer1000Dto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExpectedPer1000Dto)
  expectedPer1000?: ExpectedPer1000Dto;
}
