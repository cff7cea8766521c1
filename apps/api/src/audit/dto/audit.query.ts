import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageQuery } from '../../common/page.query';

const instant = {
  type: String,
  format: 'date-time',
  description: 'An instant, or a date (its midnight UTC)',
} as const;

/** Which accesses to list: of one person or carer, by one staff member, in a period; any combination. */
export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  participantId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  carerId?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 128 })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  staffId?: string;

  @ApiPropertyOptional({ ...instant, description: `From (inclusive). ${instant.description}` })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ ...instant, description: `Until (exclusive). ${instant.description}` })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  /** Checked by ExportsCsv (json or csv), which documents it. */
  @IsOptional()
  format?: string;
}
