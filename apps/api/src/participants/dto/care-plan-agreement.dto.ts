import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { StepBaseDto } from './step-base.dto';

export class CarePlanAgreementDto extends StepBaseDto {
  @ApiProperty({ description: 'The plan version the person agreed; refused if the plan was revised since' })
  @IsInt()
  @Min(1)
  planVersion!: number;

  @ApiPropertyOptional({ description: 'How the person gave their agreement' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}
