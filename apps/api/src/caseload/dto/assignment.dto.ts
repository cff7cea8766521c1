import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { StepBaseDto } from '../../participants/dto/step-base.dto';

export const HOLDER_ROLES = ['care-coordinator', 'community-connector'] as const;
export type HolderRole = (typeof HOLDER_ROLES)[number];

/** Name (or rename) a case's care coordinator or community connector. */
export class AssignmentDto extends StepBaseDto {
  @ApiProperty({ enum: HOLDER_ROLES, description: "A carer's case takes only care-coordinator" })
  @IsIn(HOLDER_ROLES)
  role!: HolderRole;

  @ApiProperty({ description: 'A staff id of your site', example: 'coordinator-a' })
  @IsString()
  @Length(1, 64)
  staffId!: string;

  @ApiPropertyOptional({ description: 'Why (kept in the record, shown on the timeline)' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reason?: string;
}

/** Give a case to another team of the site. */
export class TransferDto extends StepBaseDto {
  @ApiProperty({ description: 'A team of your site (GET /site/teams)', example: 'team-a2' })
  @IsString()
  @Length(1, 64)
  teamId!: string;

  @ApiProperty({ description: 'Why (kept in the record, shown on the timeline)' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
