import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COMMUNICATION_NEEDS,
  type CommunicationNeed,
  GP_PRACTICE_ODS_CODE,
  PHONE_USES,
  type PhoneUse,
} from '@ipc/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { LANGUAGE_CODE, PHONE_NUMBER } from '../../common/contact-patterns';
import { PostalAddressDto } from '../../common/postal-address.dto';

/** Some letter or digit: a name of spaces alone is no name. */
const HAS_TEXT = /[\p{L}\p{N}]/u;

export class PhoneNumberDto {
  @ApiProperty({ enum: PHONE_USES, description: 'A mobile is where text messages go' })
  @IsIn(PHONE_USES)
  use!: PhoneUse;

  @ApiProperty({ example: '07700 900123' })
  @Matches(PHONE_NUMBER, { message: 'must be a phone number' })
  number!: string;
}

/**
 * Who a person (participant or carer) is and how to reach them: personal data, kept in PostgreSQL
 * only. The name is required; everything else may be left out or null (not known). Sent whole: what
 * is left out is no longer recorded.
 */
export class PersonDetailsDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Ms', maxLength: 35 })
  @IsOptional()
  @IsString()
  @Length(1, 35)
  title?: string | null;

  @ApiProperty({ example: 'Siân', maxLength: 100 })
  @IsString()
  @Length(1, 100)
  @Matches(HAS_TEXT, { message: 'must hold a letter' })
  givenName!: string;

  @ApiProperty({ example: 'Jones', maxLength: 100 })
  @IsString()
  @Length(1, 100)
  @Matches(HAS_TEXT, { message: 'must hold a letter' })
  familyName!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Sian', maxLength: 100 })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  preferredName?: string | null;

  @ApiPropertyOptional({ type: PostalAddressDto, nullable: true })
  @IsOptional()
  @IsObject({ message: 'must be an address with lines and a postcode' })
  @ValidateNested()
  @Type(() => PostalAddressDto)
  postalAddress?: PostalAddressDto | null;

  @ApiPropertyOptional({ type: [PhoneNumberDto], nullable: true, maxItems: 5 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => PhoneNumberDto)
  phones?: PhoneNumberDto[] | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'sian.jones@example.com' })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  @Length(3, 320)
  email?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'B82005',
    pattern: GP_PRACTICE_ODS_CODE.source,
    description: "The registered GP practice's ODS code",
  })
  @IsOptional()
  @Matches(GP_PRACTICE_ODS_CODE, { message: 'must be a GP practice ODS code: a capital letter and five digits' })
  gpPracticeOdsCode?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'cy', description: 'Main spoken language, ISO 639' })
  @IsOptional()
  @Matches(LANGUAGE_CODE, { message: 'must be a language code such as en or cy' })
  mainLanguage?: string | null;

  @ApiPropertyOptional({ type: Boolean, nullable: true, default: false })
  @IsOptional()
  @IsBoolean()
  interpreterNeeded?: boolean | null;

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'string', enum: COMMUNICATION_NEEDS },
    nullable: true,
    maxItems: COMMUNICATION_NEEDS.length,
    uniqueItems: true,
    description:
      'Accessible Information Standard needs (contact method, information format, communication professional, ' +
      'communication support); a format need sets the format of letters, reminders and statements',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(COMMUNICATION_NEEDS.length)
  @ArrayUnique()
  @IsIn(COMMUNICATION_NEEDS, { each: true })
  communicationNeeds?: CommunicationNeed[] | null;
}

/** A person's details as recorded: the shape `PUT` takes, with its version and who changed it last, when. */
export class PersonDetailsViewDto {
  @ApiProperty({ type: String, nullable: true })
  title!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Null only for people referred before names were taken' })
  givenName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  familyName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  preferredName!: string | null;

  @ApiProperty({ type: PostalAddressDto, nullable: true })
  postalAddress!: PostalAddressDto | null;

  @ApiProperty({ type: [PhoneNumberDto] })
  phones!: PhoneNumberDto[];

  @ApiProperty({ type: String, nullable: true })
  email!: string | null;

  @ApiProperty({ type: String, nullable: true })
  gpPracticeOdsCode!: string | null;

  @ApiProperty({ type: String, nullable: true })
  mainLanguage!: string | null;

  @ApiProperty()
  interpreterNeeded!: boolean;

  @ApiProperty({ type: 'array', items: { type: 'string', enum: COMMUNICATION_NEEDS } })
  communicationNeeds!: string[];

  @ApiProperty({ type: 'integer', minimum: 0, description: '0 while nothing is recorded; one more with each change' })
  version!: number;

  @ApiProperty({ type: String, nullable: true })
  updatedBy!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  updatedAt!: Date | null;
}

export class PersonDetailsChangeDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The version this change made' })
  version!: number;

  @ApiProperty()
  changedBy!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  changedAt!: Date;

  @ApiProperty({ type: [String], description: 'The fields this change set' })
  changedFields!: string[];

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'What each changed field held before; null for the first recording',
  })
  previous!: Record<string, unknown> | null;
}
