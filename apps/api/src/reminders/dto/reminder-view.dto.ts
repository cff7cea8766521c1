import { ApiProperty } from '@nestjs/swagger';
import {
  INFORMATION_FORMATS,
  REMINDER_CHANNELS,
  REMINDER_PURPOSES,
  REMINDER_RECIPIENT_TYPES,
  REMINDER_STATUSES,
} from '@ipc/domain';
import { date, nullableDate } from '../../common/api-schema';
import { PostalAddressDto } from '../../common/postal-address.dto';

const nullableText = { type: String, nullable: true } as const;
const nullableTime = { type: String, format: 'date-time', nullable: true } as const;

/** A reminder as the care team sees it (see reminderView). */
export class ReminderViewDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: REMINDER_RECIPIENT_TYPES })
  recipientType!: string;

  @ApiProperty()
  recipientId!: string;

  @ApiProperty(nullableText)
  participantId!: string | null;

  @ApiProperty(nullableText)
  carerId!: string | null;

  @ApiProperty({ enum: REMINDER_PURPOSES })
  purpose!: string;

  @ApiProperty(nullableText)
  topic!: string | null;

  @ApiProperty(date)
  dueDate!: string;

  @ApiProperty({ type: 'integer' })
  leadDays!: number;

  @ApiProperty(nullableDate)
  remindOn!: string | null;

  @ApiProperty({ enum: REMINDER_CHANNELS, nullable: true })
  channel!: string | null;

  @ApiProperty(nullableText)
  provider!: string | null;

  @ApiProperty(nullableText)
  templateId!: string | null;

  @ApiProperty({ enum: REMINDER_STATUSES })
  status!: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  attempts!: number;

  @ApiProperty(nullableText)
  providerReference!: string | null;

  @ApiProperty(nullableText)
  lastError!: string | null;

  @ApiProperty({ format: 'date-time' })
  queuedAt!: Date;

  @ApiProperty(nullableTime)
  lastAttemptAt!: Date | null;

  @ApiProperty(nullableTime)
  sentAt!: Date | null;

  @ApiProperty(nullableTime)
  failedAt!: Date | null;

  @ApiProperty(nullableText)
  deliveryStatus!: string | null;

  @ApiProperty(nullableTime)
  deliveryStatusAt!: Date | null;
}

/** Contact preferences as recorded, for the person, carer or coordinator named by its id. */
export class ContactPreferencesViewDto {
  @ApiProperty({ format: 'uuid', required: false, description: "For a person's preferences" })
  participantId?: string;

  @ApiProperty({ format: 'uuid', required: false, description: "For a carer's preferences" })
  carerId?: string;

  @ApiProperty({ required: false, description: "For a coordinator's or a team's" })
  coordinatorId?: string;

  @ApiProperty({ enum: REMINDER_CHANNELS })
  channel!: string;

  @ApiProperty({ enum: INFORMATION_FORMATS })
  format!: string;

  @ApiProperty({ example: 'en' })
  language!: string;

  @ApiProperty(nullableText)
  email!: string | null;

  @ApiProperty(nullableText)
  phone!: string | null;

  @ApiProperty({ type: PostalAddressDto, nullable: true })
  postalAddress!: PostalAddressDto | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: Date;
}
