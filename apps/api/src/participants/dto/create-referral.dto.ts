import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COHORTS, type Cohort, REFERRAL_SOURCES, type ReferralSource } from '@ipc/domain';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { IsDateOfBirth, IsPastOrTodayDate } from '../../common/calendar-date.validator';
import { IsNhsNumber } from '../../common/nhs-number.validator';
import { DemographicsDto } from '../../programme/demographics/demographics.dto';
import { PersonDetailsDto } from '../../people/dto/person-details.dto';

export class CreateReferralDto {
  @ApiProperty({ example: '9434765919', description: 'NHS number; spaces allowed' })
  @IsNhsNumber()
  nhsNumber!: string;

  @ApiProperty({ example: '1950-03-14', description: 'Not in the future, nor more than 125 years ago' })
  @IsDateOfBirth()
  dateOfBirth!: string;

  @ApiProperty({
    type: PersonDetailsDto,
    description: 'Who the person is (the name is required) and how to reach them; kept in PostgreSQL only',
  })
  @IsDefined()
  @ValidateNested()
  @Type(() => PersonDetailsDto)
  details!: PersonDetailsDto;

  @ApiProperty({ enum: COHORTS })
  @IsIn(COHORTS)
  cohort!: Cohort;

  @ApiProperty({ enum: REFERRAL_SOURCES })
  @IsIn(REFERRAL_SOURCES)
  referralSource!: ReferralSource;

  @ApiPropertyOptional({
    description: 'Date the referral was made, not before the date of birth; today if absent',
    example: '2026-11-20',
  })
  @IsOptional()
  @IsPastOrTodayDate()
  referredOn?: string;

  @ApiPropertyOptional({
    description: "Team that will hold the case, one of your site's (GET /site/teams); the referrer's team if absent",
  })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  teamId?: string;

  @ApiPropertyOptional({ type: DemographicsDto, description: 'Protected characteristics, each optional' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DemographicsDto)
  demographics?: DemographicsDto;
}
