import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { PageQuery } from '../../common/page.query';

export class ReviewsDueQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'A team at your site; your own team when absent' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  teamId?: string;

  @ApiPropertyOptional({
    pattern: '^\\d{1,3}d$',
    example: '30d',
    default: '30d',
    description: 'Due within this many days (and every overdue one)',
  })
  @IsOptional()
  @Matches(/^\d{1,3}d$/, { message: 'within must be a number of days such as 30d' })
  within = '30d';
}
