import { ApiProperty } from '@nestjs/swagger';
import { NEED_BANDS, type NeedBand } from '@ipc/domain';
import { IsIn } from 'class-validator';
import { StepBaseDto } from '../../participants/dto/step-base.dto';
import { IsPence } from '../../common/pence.decorator';

export class IndicativeBudgetDto extends StepBaseDto {
  @ApiProperty({ enum: NEED_BANDS })
  @IsIn(NEED_BANDS)
  needBand!: NeedBand;

  @IsPence({ example: 120_000, description: 'Assessed contribution to social care, in pence a year' })
  contributionPence!: number;
}
