import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageQuery } from '../../common/page.query';

/** Why a staff member needs a record beyond their caseload; kept for the IG lead, never logged. */
export class AccessReasonDto {
  @ApiProperty({
    minLength: 10,
    maxLength: 2000,
    example: 'Covering for the care coordinator on leave: the person rang about their review',
  })
  @IsString()
  @Length(10, 2000)
  reason!: string;
}

export class BreakGlassAccessViewDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ['participant', 'carer'] })
  recordKind!: string;

  @ApiProperty({ format: 'uuid' })
  recordId!: string;

  @ApiProperty({ description: 'The staff id from the access token' })
  staffId!: string;

  @ApiProperty({ description: 'The role they acted with' })
  staffRole!: string;

  @ApiProperty()
  reason!: string;

  @ApiProperty({ format: 'date-time' })
  openedAt!: string;

  @ApiProperty({ format: 'date-time', description: 'The record is open to them until then' })
  expiresAt!: string;
}

/** Filters for the IG lead's list of break-glass accesses. */
export class ListBreakGlassQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only this staff member’s' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  staffId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only those to this person’s or carer’s record' })
  @IsOptional()
  @IsUUID('all')
  recordId?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Opened at or after' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Opened at or before' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}
