import { ApiProperty } from '@nestjs/swagger';
import { COHORTS, JOURNEY_STAGES } from '@ipc/domain';
import { date } from '../../common/api-schema';
import { PageOf } from '../../common/page.dto';

export class DueReviewDto {
  @ApiProperty({ format: 'uuid' })
  participantId!: string;

  @ApiProperty({ enum: JOURNEY_STAGES })
  stage!: string;

  @ApiProperty({ enum: COHORTS })
  cohort!: string;

  @ApiProperty(date)
  dueOn!: string;

  @ApiProperty()
  overdue!: boolean;
}

/** A team's due reviews: the list envelope, with the team and the window it covers. */
export class DueReviewsDto extends PageOf(DueReviewDto) {
  @ApiProperty()
  teamId!: string;

  @ApiProperty(date)
  asOf!: string;

  @ApiProperty(date)
  until!: string;
}
