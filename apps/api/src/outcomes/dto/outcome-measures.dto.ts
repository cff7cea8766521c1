import { ApiProperty } from '@nestjs/swagger';
import { COHORTS, type Cohort } from '@ipc/domain';
import { ArrayUnique, IsArray, IsIn } from 'class-validator';

/** How the site measures outcomes; `PUT` replaces what was set (left out: the default). */
export class OutcomeMeasuresDto {
  @ApiProperty({
    enum: COHORTS,
    isArray: true,
    description:
      'The cohorts whose people the site measures activation (PAM) for; others go to planning without a score',
  })
  @IsArray()
  @ArrayUnique()
  @IsIn(COHORTS, { each: true })
  activationCohorts!: Cohort[];
}
