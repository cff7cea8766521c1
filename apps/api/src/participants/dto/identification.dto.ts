import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsString, Length, ValidateIf } from 'class-validator';
import { StepBaseDto } from './step-base.dto';

export class IdentificationDto extends StepBaseDto {
  @ApiProperty({ description: 'In a target cohort' })
  @IsBoolean()
  eligible!: boolean;

  @ApiPropertyOptional({ description: 'Required when not eligible; closes the journey' })
  @ValidateIf((dto: IdentificationDto) => dto.eligible === false)
  @IsString()
  @Length(1, 2000)
  ineligibleReason?: string;

  @ApiProperty({ description: 'Consent to share and link data across health, social care and education' })
  @IsBoolean()
  consentToShare!: boolean;
}
