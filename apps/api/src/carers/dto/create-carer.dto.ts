import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CARER_KINDS,
  CARER_RELATIONSHIPS,
  type CarerKind,
  type CarerRelationship,
  INFORMATION_FORMATS,
  type InformationFormat,
  REMINDER_CHANNELS,
  type ReminderChannel,
} from '@ipc/domain';
import { Type } from 'class-transformer';
import { IsDefined, IsEmail, IsIn, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { IsDateOfBirth, IsPastOrTodayDate } from '../../common/calendar-date.validator';
import { LANGUAGE_CODE, PHONE_NUMBER } from '../../common/contact-patterns';
import { PostalAddressDto } from '../../common/postal-address.dto';
import { PersonDetailsDto } from '../../people/dto/person-details.dto';

/**
 * How to reach the carer. Personal data: kept in Postgres only. The address the preferred channel
 * needs is required (email for email, phone for SMS, postal address for letters).
 */
export class CarerContactDto {
  @ApiProperty({ example: 'Sam Example' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ example: 'sam@example.com' })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  @Length(3, 320)
  email?: string;

  @ApiPropertyOptional({ example: '07700 900456' })
  @IsOptional()
  @Matches(PHONE_NUMBER, { message: 'must be a phone number' })
  phone?: string;

  @ApiPropertyOptional({ type: PostalAddressDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PostalAddressDto)
  postalAddress?: PostalAddressDto;
}

export class CarerPreferencesDto {
  @ApiProperty({ enum: REMINDER_CHANNELS, description: 'How the carer prefers to be contacted' })
  @IsIn(REMINDER_CHANNELS)
  channel!: ReminderChannel;

  @ApiPropertyOptional({ enum: INFORMATION_FORMATS, default: 'standard' })
  @IsOptional()
  @IsIn(INFORMATION_FORMATS)
  format: InformationFormat = 'standard';

  @ApiPropertyOptional({ type: String, example: 'en', default: 'en', description: 'ISO 639 language code' })
  @IsOptional()
  @Matches(LANGUAGE_CODE, { message: 'must be a language code such as en or cy' })
  language: string = 'en';

  @ApiPropertyOptional({ description: 'When and how the carer would rather be contacted, in their words' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  notes?: string;
}

export class CreateCarerDto {
  @ApiProperty({ enum: CARER_KINDS })
  @IsIn(CARER_KINDS)
  kind!: CarerKind;

  @ApiProperty({ example: '2009-06-12', description: 'Not in the future, nor more than 125 years ago' })
  @IsDateOfBirth()
  dateOfBirth!: string;

  @ApiPropertyOptional({ example: '2013-01-20', description: "A parent carer's child: sets the child's transitions" })
  @IsOptional()
  @IsDateOfBirth()
  childDateOfBirth?: string;

  @ApiProperty({ enum: CARER_RELATIONSHIPS, description: 'To the person they mainly care for' })
  @IsIn(CARER_RELATIONSHIPS)
  relationship!: CarerRelationship;

  @ApiProperty({ type: CarerContactDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => CarerContactDto)
  contact!: CarerContactDto;

  @ApiPropertyOptional({
    type: PersonDetailsDto,
    description:
      "Who the carer is and how to reach them, as a participant's details; if absent, taken from `contact` " +
      '(its name split at the last space into given and family names)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonDetailsDto)
  details?: PersonDetailsDto;

  @ApiProperty({ type: CarerPreferencesDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => CarerPreferencesDto)
  preferences!: CarerPreferencesDto;

  @ApiPropertyOptional({ description: 'Date the carer was identified; today if absent', example: '2026-11-20' })
  @IsOptional()
  @IsPastOrTodayDate()
  identifiedOn?: string;

  @ApiPropertyOptional({ description: "Team that will support the carer; the registering staff member's if absent" })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  teamId?: string;
}
