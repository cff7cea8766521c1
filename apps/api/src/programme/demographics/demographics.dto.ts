import { ApiPropertyOptional } from '@nestjs/swagger';
import { DISABILITY_ANSWERS, type DisabilityAnswer, ETHNICITIES, type Ethnicity, SEXES, type Sex } from '@ipc/domain';
import { IsIn, IsObject, IsOptional } from 'class-validator';

/** Protected characteristics, each optional; every one can be answered "prefer-not-to-say". */
export class DemographicsDto {
  @ApiPropertyOptional({ enum: SEXES })
  @IsOptional()
  @IsIn(SEXES)
  sex?: Sex | null;

  @ApiPropertyOptional({ enum: ETHNICITIES, description: 'NHS ethnic category' })
  @IsOptional()
  @IsIn(ETHNICITIES)
  ethnicity?: Ethnicity | null;

  @ApiPropertyOptional({ enum: DISABILITY_ANSWERS, description: 'Does the person consider themselves disabled?' })
  @IsOptional()
  @IsIn(DISABILITY_ANSWERS)
  disability?: DisabilityAnswer | null;

  @ApiPropertyOptional({
    description: 'Answers to the characteristics your site records (see GET /programme/site-settings), by key',
    example: { 'religion-or-belief': 'prefer-not-to-say' },
  })
  @IsOptional()
  @IsObject()
  other?: Record<string, unknown> | null;
}
