import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { UK_POSTCODE } from '@ipc/domain';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date.validator';
import { PageQuery } from '../../common/page.query';

const HAS_TEXT = /[\p{L}\p{N}]/u;

/** What narrows a search of people, beside the query itself. */
class SearchNarrowing extends PageQuery {
  @ApiPropertyOptional({ example: '1950-03-14', description: 'Only people born that day' })
  @IsOptional()
  @IsCalendarDate()
  dateOfBirth?: string;

  @ApiPropertyOptional({ example: 'LS1 4AB', description: 'Only people whose address has this postcode (any spacing)' })
  @IsOptional()
  @Matches(UK_POSTCODE, { message: 'must be a UK postcode' })
  postcode?: string;
}

export class ParticipantSearchQuery extends SearchNarrowing {
  @ApiProperty({
    example: 'Jonh Smyth',
    description: 'An NHS number (spaces allowed) or a name; typos and accents are forgiven',
    minLength: 1,
    maxLength: 200,
  })
  @IsString()
  @Length(1, 200)
  @Matches(HAS_TEXT, { message: 'must hold a letter or digit' })
  q!: string;
}

export class ListCarersQuery extends SearchNarrowing {
  @ApiPropertyOptional({
    example: 'Robin',
    description: 'A name; typos and accents are forgiven. Without it, every carer of your site',
    minLength: 1,
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @Matches(HAS_TEXT, { message: 'must hold a letter or digit' })
  q?: string;
}

const MATCHES = ['nhs-number', 'name'] as const;

/** One person found: who they are, where their case is, and how they matched. */
class PersonSearchHitDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, nullable: true })
  title!: string | null;

  @ApiProperty({ type: String, nullable: true })
  givenName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  familyName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  preferredName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  postcode!: string | null;

  @ApiProperty({ type: String, format: 'date' })
  dateOfBirth!: string;

  @ApiProperty()
  teamId!: string;

  @ApiProperty()
  stage!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  closedOn!: string | null;

  @ApiProperty({ enum: MATCHES, nullable: true, description: 'What matched; null in a list without a query' })
  matchedOn!: (typeof MATCHES)[number] | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Higher is closer; 1 for an NHS number' })
  score!: number | null;
}

export class ParticipantSearchHitDto extends PersonSearchHitDto {
  @ApiProperty({ example: '9434765919' })
  nhsNumber!: string;
}

export class CarerSearchHitDto extends PersonSearchHitDto {
  @ApiProperty({ description: 'What the carer is now (a young carer is an adult carer from 18)' })
  kind!: string;

  @ApiProperty()
  relationship!: string;
}
