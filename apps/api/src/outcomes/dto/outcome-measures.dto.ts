import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COHORTS, type Cohort } from '@ipc/domain';
import { ArrayUnique, IsArray, IsIn, IsNumber, IsString, Length, Max, Min } from 'class-validator';
import { NestedList } from '../../common/nested-list.decorator';
import { IsOmittable } from '../../common/optional';

export class QualityOfLifeInstrumentDto {
  @ApiProperty({ example: 'EQ-5D-5L' })
  @IsString()
  @Length(1, 40)
  instrument!: string;

  @ApiProperty({ example: '1.0' })
  @IsString()
  @Length(1, 20)
  version!: string;

  @ApiProperty({ example: 0 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-1000)
  @Max(1000)
  minimum!: number;

  @ApiProperty({ example: 100 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-1000)
  @Max(1000)
  maximum!: number;
}

/** How the site measures outcomes; `PUT` replaces what was set (left out: the default). */
export class OutcomeMeasuresDto {
  @ApiProperty({
    enum: COHORTS,
    isArray: true,
    description:
      'The cohorts whose people the site measures activation (PAM) for; others go to planning without a score',
  })
  @IsArray()
  @ArrayUnique()
  @IsIn(COHORTS, { each: true })
  activationCohorts!: Cohort[];

  @ApiPropertyOptional({
    type: [QualityOfLifeInstrumentDto],
    description: 'The quality-of-life instruments the site records, each with its valid score range (left out: none)',
  })
  @IsOmittable()
  @NestedList(() => QualityOfLifeInstrumentDto, { max: 10 })
  qualityOfLifeInstruments?: QualityOfLifeInstrumentDto[];
}
