import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, Max, Min } from 'class-validator';
import { StepBaseDto } from './step-base.dto';

export class ActivationDto extends StepBaseDto {
  @ApiProperty({ minimum: 0, maximum: 100, example: 52.3, description: 'PAM score taken elsewhere' })
  @IsNumber({ maxDecimalPlaces: 1, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  score!: number;
}
