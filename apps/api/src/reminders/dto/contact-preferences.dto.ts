import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INFORMATION_FORMATS, type InformationFormat, REMINDER_CHANNELS, type ReminderChannel } from '@ipc/domain';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsObject, IsOptional, Length, Matches, ValidateIf, ValidateNested } from 'class-validator';
import { PostalAddressDto } from './postal-address.dto';

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;
/** A UK number (07..., 01..., 02...) or an international one (+...), spaces, brackets and dashes allowed. */
const PHONE = /^(\+[1-9][\d ()-]{7,18}\d|0[\d ()-]{8,14}\d)$/;

/**
 * How a person wants reminders: channel, format and language, and the address for the channel.
 * The address the channel needs is required (email for email, phone for SMS, postal for letters);
 * the others may be recorded too. A PUT replaces what was recorded.
 */
export class ContactPreferencesDto {
  @ApiProperty({ enum: REMINDER_CHANNELS })
  @IsIn(REMINDER_CHANNELS)
  channel!: ReminderChannel;

  @ApiPropertyOptional({ enum: INFORMATION_FORMATS, default: 'standard' })
  @IsOptional()
  @IsIn(INFORMATION_FORMATS)
  format: InformationFormat = 'standard';

  @ApiPropertyOptional({ type: String, example: 'cy', default: 'en', description: 'ISO 639 language code' })
  @IsOptional()
  @Matches(LANGUAGE, { message: 'must be a language code such as en or cy' })
  language: string = 'en';

  @ApiPropertyOptional({ type: String, example: 'person@example.com', description: 'Required for the email channel' })
  @ValidateIf((dto: ContactPreferencesDto) => dto.channel === 'email' || dto.email !== undefined)
  @IsEmail({}, { message: 'must be an email address' })
  @Length(3, 320)
  email?: string;

  @ApiPropertyOptional({ type: String, example: '07700 900123', description: 'Required for the sms channel' })
  @ValidateIf((dto: ContactPreferencesDto) => dto.channel === 'sms' || dto.phone !== undefined)
  @Matches(PHONE, { message: 'must be a phone number' })
  phone?: string;

  @ApiPropertyOptional({ type: PostalAddressDto, description: 'Required for the letter channel' })
  @ValidateIf((dto: ContactPreferencesDto) => dto.channel === 'letter' || dto.postalAddress !== undefined)
  @IsObject({ message: 'must be an address with lines and a postcode' })
  @ValidateNested()
  @Type(() => PostalAddressDto)
  postalAddress?: PostalAddressDto;
}
