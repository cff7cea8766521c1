import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ADVOCACY_RESPONSES, type AdvocacyResponse, INFORMATION_FORMATS, type InformationFormat } from '@ipc/domain';
import { IsIn, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { StepBaseDto } from './step-base.dto';

export class OfferDto extends StepBaseDto {
  @ApiProperty({ enum: INFORMATION_FORMATS })
  @IsIn(INFORMATION_FORMATS)
  informationFormat!: InformationFormat;

  @ApiProperty({ example: 'en', description: 'BCP 47 language tag' })
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'language must be a BCP 47 tag such as en or pl' })
  language!: string;

  @ApiProperty({ enum: ADVOCACY_RESPONSES })
  @IsIn(ADVOCACY_RESPONSES)
  advocacy!: AdvocacyResponse;

  @ApiPropertyOptional({ description: 'Required when advocacy is declined: why, in the person’s words' })
  @ValidateIf((dto: OfferDto) => dto.advocacy === 'declined' || dto.advocacyDeclinedReason !== undefined)
  @IsString()
  @Length(1, 2000)
  advocacyDeclinedReason?: string;

  @ApiProperty({ description: 'Staff id of the named community connector' })
  @IsString()
  @Length(1, 64)
  communityConnectorId!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  notes?: string;
}
