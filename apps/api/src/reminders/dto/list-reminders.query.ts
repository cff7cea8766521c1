import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  REMINDER_PURPOSES,
  REMINDER_RECIPIENT_TYPES,
  REMINDER_STATUSES,
  type ReminderPurpose,
  type ReminderRecipientType,
  type ReminderStatus,
} from '@ipc/domain';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PageQuery } from '../../common/page.query';

/** Filters for a site's reminders: the failed ones of a team, say, to put right and send again. */
export class ListRemindersQuery extends PageQuery {
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
}
