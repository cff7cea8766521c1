import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type ClosureReason, STAFF_CLOSURE_REASONS } from '@ipc/domain';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { StepBaseDto } from './step-base.dto';

export class ClosureDto extends StepBaseDto {
  @ApiProperty({ enum: STAFF_CLOSURE_REASONS })
  @IsIn(STAFF_CLOSURE_REASONS)
  reason!: ClosureReason;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  note?: string;
}
