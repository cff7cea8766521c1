import { ApiProperty } from '@nestjs/swagger';
import { isValidPamScore } from '@ipc/domain';
import { IsNumber, Max, Min, ValidateBy } from 'class-validator';
import { StepBaseDto } from './step-base.dto';

/** The journey's own rule, so a score the API accepts is never one the workflow refuses. */
const IsPamScore = () =>
  ValidateBy({
    name: 'isPamScore',
    validator: {
      validate: (value: unknown) => typeof value === 'number' && isValidPamScore(value),
      defaultMessage: () => 'a PAM score has at most one decimal place',
    },
  });

export class ActivationDto extends StepBaseDto {
  @ApiProperty({
    minimum: 0,
    maximum: 100,
    example: 52.3,
    description: 'PAM score taken elsewhere, one decimal place at most',
  })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  @IsPamScore()
  score!: number;
}
