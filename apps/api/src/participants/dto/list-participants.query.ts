import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  COHORTS,
  type Cohort,
  JOURNEY_STAGES,
  type JourneyStage,
  REFERRAL_SOURCES,
  type ReferralSource,
} from '@ipc/domain';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PageQuery } from '../../common/page.query';

export const PARTICIPANT_SORTS = [
  'referredOn',
  '-referredOn',
  'stageEnteredOn',
  '-stageEnteredOn',
  'stage',
  '-stage',
] as const;
export type ParticipantSort = (typeof PARTICIPANT_SORTS)[number];

export class ListParticipantsQuery extends PageQuery {
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
}
