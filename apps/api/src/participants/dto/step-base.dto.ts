import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsPastOrTodayDate } from '../../common/calendar-date.validator';

/** Every step may say when it happened (never in the future); today when absent. */
export class StepBaseDto {
  @ApiPropertyOptional({ example: '2026-11-20' })
  @IsOptional()
  @IsPastOrTodayDate()
  effectiveDate?: string;
}
