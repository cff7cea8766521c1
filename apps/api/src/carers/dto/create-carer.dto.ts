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
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { IsPastOrTodayDate } from '../../common/calendar-date.validator';

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;
/** A UK number (07..., 01..., 02...) or an international one (+...), spaces, brackets and dashes allowed. */
const PHONE = /^(\+[1-9][\d ()-]{7,18}\d|0[\d ()-]{8,14}\d)$/;

export class CarerAddressDto {
  @ApiProperty({ example: ['12 Mill Lane', 'Leeds'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  lines!: string[];

  @ApiProperty({ example: 'LS1 4AB' })
  @Matches(/^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$/, { message: 'must be a UK postcode' })
  postcode!: string;
}

/** How to reach the carer. Personal data: kept in Postgres only. */
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
  @Matches(PHONE, { message: 'must be a phone number' })
  phone?: string;

  @ApiPropertyOptional({ type: CarerAddressDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CarerAddressDto)
  postalAddress?: CarerAddressDto;
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
  @Matches(LANGUAGE, { message: 'must be a language code such as en or cy' })
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

  @ApiProperty({ example: '2009-06-12' })
  @IsPastOrTodayDate()
  dateOfBirth!: string;

  @ApiPropertyOptional({ example: '2013-01-20', description: "A parent carer's child: sets the child's transitions" })
  @IsOptional()
  @IsPastOrTodayDate()
  childDateOfBirth?: string;

  @ApiProperty({ enum: CARER_RELATIONSHIPS, description: 'To the person they mainly care for' })
  @IsIn(CARER_RELATIONSHIPS)
  relationship!: CarerRelationship;

  @ApiProperty({ type: CarerContactDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => CarerContactDto)
  contact!: CarerContactDto;

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
