import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, IsString, Length } from 'class-validator';
import { StepBaseDto } from '../../participants/dto/step-base.dto';
import { date } from '../../common/api-schema';

/** A quality-of-life score taken elsewhere, by one of the site's instruments; `effectiveDate` is when. */
export class QualityOfLifeDto extends StepBaseDto {
  @ApiProperty({ example: 'EQ-5D-5L', description: "One of the site's instruments (GET /site/outcome-measures)" })
  @IsString()
  @Length(1, 40)
  instrument!: string;

  @ApiProperty({ example: 72, description: "Within the instrument's range" })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 3 })
  score!: number;
}

export class QualityOfLifeViewDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  instrument!: string;

  @ApiProperty()
  version!: string;

  @ApiProperty()
  score!: number;

  @ApiProperty({ description: 'The stage the journey was in' })
  stage!: string;

  @ApiProperty(date)
  measuredOn!: string;

  @ApiProperty()
  recordedBy!: string;
}

export class QualityOfLifeListDto {
  @ApiProperty({ format: 'uuid' })
  participantId!: string;

  @ApiProperty({ type: [QualityOfLifeViewDto] })
  items!: QualityOfLifeViewDto[];
}
