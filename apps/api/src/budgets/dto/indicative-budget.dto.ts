import { ApiProperty } from '@nestjs/swagger';
import { NEED_BANDS, type NeedBand } from '@ipc/domain';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { StepBaseDto } from '../../participants/dto/step-base.dto';

export class IndicativeBudgetDto extends StepBaseDto {
  @ApiProperty({ enum: NEED_BANDS })
  @IsIn(NEED_BANDS)
  needBand!: NeedBand;

  @ApiProperty({ example: 120_000, description: 'Assessed contribution to social care, in pence a year' })
  @IsInt()
  @Min(0)
  @Max(100_000_000_00)
  contributionPence!: number;
}
