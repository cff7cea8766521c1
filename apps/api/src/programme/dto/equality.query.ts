import { ApiPropertyOptional } from '@nestjs/swagger';
import { JOURNEY_STAGES, type JourneyStage } from '@ipc/domain';
import { IsIn, IsOptional } from 'class-validator';
import { ExportFormatQuery } from '../csv/csv-export';

export class EqualityQuery extends ExportFormatQuery {
  @ApiPropertyOptional({ enum: JOURNEY_STAGES, description: 'Only this stage; every stage if absent' })
  @IsOptional()
  @IsIn(JOURNEY_STAGES)
  stage?: JourneyStage;
}
