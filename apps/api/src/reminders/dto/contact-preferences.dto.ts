import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INFORMATION_FORMATS, type InformationFormat, REMINDER_CHANNELS, type ReminderChannel } from '@ipc/domain';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsObject, Length, Matches, ValidateIf, ValidateNested } from 'class-validator';
import { LANGUAGE_CODE, PHONE_NUMBER } from '../../common/contact-patterns';
import { IsOmittable } from '../../common/optional';
import { PostalAddressDto } from '../../common/postal-address.dto';

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
  @IsOmittable()
  @IsIn(INFORMATION_FORMATS)
  format: InformationFormat = 'standard';

  @ApiPropertyOptional({ type: String, example: 'cy', default: 'en', description: 'ISO 639 language code' })
  @IsOmittable()
  @Matches(LANGUAGE_CODE, { message: 'must be a language code such as en or cy' })
  language: string = 'en';

  @ApiPropertyOptional({ type: String, example: 'person@example.com', description: 'Required for the email channel' })
  @ValidateIf((dto: ContactPreferencesDto) => dto.channel === 'email' || dto.email !== undefined)
  @IsEmail({}, { message: 'must be an email address' })
  @Length(3, 320)
  email?: string;

  @ApiPropertyOptional({ type: String, example: '07700 900123', description: 'Required for the sms channel' })
  @ValidateIf((dto: ContactPreferencesDto) => dto.channel === 'sms' || dto.phone !== undefined)
  @Matches(PHONE_NUMBER, { message: 'must be a phone number' })
  phone?: string;

  @ApiPropertyOptional({ type: PostalAddressDto, description: 'Required for the letter channel' })
  @ValidateIf((dto: ContactPreferencesDto) => dto.channel === 'letter' || dto.postalAddress !== undefined)
  @IsObject({ message: 'must be an address with lines and a postcode' })
  @ValidateNested()
  @Type(() => PostalAddressDto)
  postalAddress?: PostalAddressDto;
}
