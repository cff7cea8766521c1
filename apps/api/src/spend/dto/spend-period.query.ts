import { ApiPropertyOptional } from '@nestjs/swagger';
import { isCalendarDate } from '@ipc/domain';
import { IsOptional, ValidateBy } from 'class-validator';
import { PageQuery } from '../../common/page.query';

const IsCalendarDate = () =>
  ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value),
      defaultMessage: () => 'must be a date (YYYY-MM-DD)',
    },
  });

/** A period of spend dates, both ends inclusive (`from=2026-04-01&to=2027-03-31` is one financial year). */
export class SpendPeriodQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2026-04-01', description: 'First spend date included' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2027-03-31', description: 'Last spend date included' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}
