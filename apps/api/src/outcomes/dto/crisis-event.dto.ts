import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CRISIS_EVENT_KINDS, CRISIS_EVENT_SOURCES, type CrisisEventKind, type CrisisEventSource } from '@ipc/domain';
import { IsIn, IsString, Length } from 'class-validator';
import { IsPastOrTodayDate } from '../../common/calendar-date.validator';
import { IsOmittable } from '../../common/optional';
import { date } from '../../common/api-schema';

/** A crisis or an unplanned hospital admission, dated, with where the record came from. */
export class CrisisEventDto {
  @ApiProperty({ enum: CRISIS_EVENT_KINDS })
  @IsIn(CRISIS_EVENT_KINDS)
  kind!: CrisisEventKind;

  @ApiProperty({ example: '2026-11-14', description: 'When it happened (never in the future)' })
  @IsPastOrTodayDate()
  occurredOn!: string;

  @ApiProperty({ enum: CRISIS_EVENT_SOURCES })
  @IsIn(CRISIS_EVENT_SOURCES)
  source!: CrisisEventSource;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

export class CrisisEventViewDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: CRISIS_EVENT_KINDS })
  kind!: string;

  @ApiProperty(date)
  occurredOn!: string;

  @ApiProperty({ enum: CRISIS_EVENT_SOURCES })
  source!: string;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty()
  recordedBy!: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;
}

export class CrisisEventsViewDto {
  @ApiProperty({ format: 'uuid' })
  participantId!: string;

  @ApiProperty({ type: [CrisisEventViewDto], description: 'In the order they happened' })
  items!: CrisisEventViewDto[];
}
