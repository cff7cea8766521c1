import { ApiPropertyOptional } from '@nestjs/swagger';
import { JOURNEY_STAGES, type JourneyStage } from '@ipc/domain';
import { IsIn, IsOptional } from 'class-validator';

export class EqualityQuery {
  @ApiPropertyOptional({ enum: JOURNEY_STAGES, description: 'Only this stage; every stage if absent' })
  @IsOptional()
  @IsIn(JOURNEY_STAGES)
  stage?: JourneyStage;
}
