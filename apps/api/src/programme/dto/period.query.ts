import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date.validator';
import { ExportFormatQuery } from '../csv/csv-export';

export class PeriodQuery extends ExportFormatQuery {
  @ApiPropertyOptional({ example: '2025-12-01', description: 'First day of the period; a year before `to` if absent' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: 'Last day of the period; today if absent' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}
