import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Far past any list's last page, and small enough that its offset stays a safe integer. */
const MAX_PAGE = 1_000_000;

/** Paging for list endpoints: page 1 first, at most 100 a page. */
export class PageQuery {
  @ApiPropertyOptional({ type: 'integer', default: 1, minimum: 1, maximum: MAX_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page = 1;

  @ApiPropertyOptional({ type: 'integer', default: 25, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize = 25;
}

/** The one envelope every list answers with (see PageOf for its schema). */
export function pageOf<Item>(query: PageQuery, items: Item[], total: number) {
  return { items, page: query.page, pageSize: query.pageSize, total };
}

/** The rows of the query's page, for TypeORM's find options. */
export function pageWindow(query: PageQuery) {
  return { skip: (query.page - 1) * query.pageSize, take: query.pageSize };
}
