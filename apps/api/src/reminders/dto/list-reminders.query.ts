import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  REMINDER_PURPOSES,
  REMINDER_RECIPIENT_TYPES,
  REMINDER_STATUSES,
  type ReminderPurpose,
  type ReminderRecipientType,
  type ReminderStatus,
} from '@ipc/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

/** Filters for a site's reminders: the failed ones of a team, say, to put right and send again. */
export class ListRemindersQuery {
  @ApiPropertyOptional({ enum: REMINDER_STATUSES })
  @IsOptional()
  @IsIn(REMINDER_STATUSES)
  status?: ReminderStatus;

  @ApiPropertyOptional({ description: 'The team of the person or carer it is about, or the team it went to' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  teamId?: string;

  @ApiPropertyOptional({ enum: REMINDER_PURPOSES })
  @IsOptional()
  @IsIn(REMINDER_PURPOSES)
  purpose?: ReminderPurpose;

  @ApiPropertyOptional({ enum: REMINDER_RECIPIENT_TYPES })
  @IsOptional()
  @IsIn(REMINDER_RECIPIENT_TYPES)
  recipientType?: ReminderRecipientType;

  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ default: 25, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize = 25;
}
