import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  COHORTS,
  type Cohort,
  JOURNEY_STAGES,
  type JourneyStage,
  REFERRAL_SOURCES,
  type ReferralSource,
} from '@ipc/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

export const PARTICIPANT_SORTS = [
  'referredOn',
  '-referredOn',
  'stageEnteredOn',
  '-stageEnteredOn',
  'stage',
  '-stage',
] as const;
export type ParticipantSort = (typeof PARTICIPANT_SORTS)[number];

export class ListParticipantsQuery {
  @ApiPropertyOptional({ enum: JOURNEY_STAGES })
  @IsOptional()
  @IsIn(JOURNEY_STAGES)
  stage?: JourneyStage;

  @ApiPropertyOptional({ enum: COHORTS })
  @IsOptional()
  @IsIn(COHORTS)
  cohort?: Cohort;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 64)
  teamId?: string;

  @ApiPropertyOptional({ enum: REFERRAL_SOURCES })
  @IsOptional()
  @IsIn(REFERRAL_SOURCES)
  referralSource?: ReferralSource;

  @ApiPropertyOptional({ enum: PARTICIPANT_SORTS, default: '-referredOn' })
  @IsOptional()
  @IsIn(PARTICIPANT_SORTS)
  sort: ParticipantSort = '-referredOn';

  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ default: 25, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize = 25;
}
