import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DISABILITY_ANSWERS, type DisabilityAnswer, ETHNICITIES, type Ethnicity, SEXES, type Sex } from '@ipc/domain';
import { IsIn, IsObject, IsOptional } from 'class-validator';

/** Protected characteristics, each optional; every one can be answered "prefer-not-to-say". */
export class DemographicsDto {
  @ApiPropertyOptional({ enum: SEXES, nullable: true })
  @IsOptional()
  @IsIn(SEXES)
  sex?: Sex | null;

  @ApiPropertyOptional({ enum: ETHNICITIES, nullable: true, description: 'NHS ethnic category' })
  @IsOptional()
  @IsIn(ETHNICITIES)
  ethnicity?: Ethnicity | null;

  @ApiPropertyOptional({
    enum: DISABILITY_ANSWERS,
    nullable: true,
    description: 'Does the person consider themselves disabled?',
  })
  @IsOptional()
  @IsIn(DISABILITY_ANSWERS)
  disability?: DisabilityAnswer | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    nullable: true,
    description: 'Answers to the characteristics your site records (see GET /programme/site-settings), by key',
    example: { 'religion-or-belief': 'prefer-not-to-say' },
  })
  @IsOptional()
  @IsObject()
  other?: Record<string, unknown> | null;
}

/** A person's recorded characteristics: the shape `PUT` takes, with who recorded them and when. */
export class DemographicsViewDto {
  @ApiProperty({ format: 'uuid' })
  participantId!: string;

  @ApiProperty({ enum: SEXES, nullable: true })
  sex!: Sex | null;

  @ApiProperty({ enum: ETHNICITIES, nullable: true })
  ethnicity!: Ethnicity | null;

  @ApiProperty({ enum: DISABILITY_ANSWERS, nullable: true })
  disability!: DisabilityAnswer | null;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  other!: Record<string, string>;

  @ApiProperty({ type: String, nullable: true })
  recordedBy!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  updatedAt!: Date | null;
}
