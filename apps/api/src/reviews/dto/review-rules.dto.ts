import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REVIEW_TRIGGERS, type ReviewTrigger } from '@ipc/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { NestedList } from '../../common/nested-list.decorator';

export class FirstReviewAfterDto {
  @ApiPropertyOptional({ example: 8 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(104)
  weeks?: number;

  @ApiPropertyOptional({ example: 3 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(24)
  months?: number;
}

export class ReviewRuleDto {
  @ApiProperty({ example: 'personal-health-budget' })
  @IsString()
  @Length(1, 64)
  id!: string;

  @ApiProperty({ enum: REVIEW_TRIGGERS })
  @IsIn(REVIEW_TRIGGERS)
  appliesTo!: ReviewTrigger;

  @ApiProperty({ type: FirstReviewAfterDto })
  @ValidateNested()
  @Type(() => FirstReviewAfterDto)
  firstAfter!: FirstReviewAfterDto;

  @ApiProperty({ example: 12 })
  @IsInt()
  @Min(1)
  @Max(36)
  thenEveryMonths!: number;

  @ApiPropertyOptional({
    example: 6,
    minimum: 3,
    maximum: 6,
    description: "An EHC plan's rule: for a child under five, the first review after and each one every N months",
  })
  @IsOptional()
  @IsInt()
  @Min(3)
  @Max(6)
  underFiveEveryMonths?: number;
}

export class ReviewRulesDto {
  @ApiProperty({ type: [ReviewRuleDto] })
  @NestedList(() => ReviewRuleDto, { min: 1, max: 20 })
  rules!: ReviewRuleDto[];
}
