import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsPastOrTodayDate } from '../../common/calendar-date.validator';
import { IsOmittable } from '../../common/optional';

/** Every step may say when it happened (never in the future); today when absent. */
export class StepBaseDto {
  @ApiPropertyOptional({ example: '2026-11-20' })
  @IsOmittable()
  @IsPastOrTodayDate()
  effectiveDate?: string;
}
