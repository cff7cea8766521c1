import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, ValidateIf } from 'class-validator';

export const STUDY_ARM = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** The person's arm in the evaluation, a site's own code, or null for none. */
export class StudyArmDto {
  @ApiProperty({
    type: String,
    nullable: true,
    pattern: STUDY_ARM.source,
    example: 'intervention',
    description: "A site's code for the arm (lower-case letters, digits, hyphens; up to 40), or null for none",
  })
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @Matches(STUDY_ARM, { message: 'must be lower-case letters, digits and hyphens, up to 40, or null' })
  arm!: string | null;
}

export class StudyArmViewDto {
  @ApiProperty({ format: 'uuid' })
  participantId!: string;

  @ApiProperty({ type: String, nullable: true })
  arm!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Who set it; null when never set' })
  assignedBy!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  assignedAt!: string | null;
}
