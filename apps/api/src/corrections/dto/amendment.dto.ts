import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, Length } from 'class-validator';
import { IsPastOrTodayDate } from '../../common/calendar-date.validator';

/** A correction of a recorded step: its free text, its effective date, or both, with the reason. */
export class AmendmentDto {
  @ApiProperty({ description: 'Why the record is corrected' })
  @IsString()
  @Length(1, 2000)
  reason!: string;

  @ApiPropertyOptional({
    example: '2026-09-02',
    description:
      'The date the step really happened: not in the future, not before the referral, in order among the steps',
  })
  @IsOptional()
  @IsPastOrTodayDate()
  effectiveDate?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: "Fields of the step's narrative with their corrected text (only fields the step recorded)",
  })
  @IsOptional()
  @IsObject()
  narrative?: Record<string, unknown>;
}

/** Why a step was entered in error, or a journey closed in error is reopened. */
export class CorrectionReasonDto {
  @ApiProperty({ description: 'Why' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
