import { ApiProperty } from '@nestjs/swagger';
import { AmendmentViewDto, EnteredInErrorDto, OriginalEntryDto } from './timeline-amendments.dto';

export class StepActorDto {
  @ApiProperty()
  staffId!: string;

  @ApiProperty()
  teamId!: string;
}

/** One accepted step of a case (a person's journey or a carer's), as the timeline shows it. */
export class TimelineStepDto {
  @ApiProperty({ type: 'integer', minimum: 0 })
  sequence!: number;

  @ApiProperty({ example: 'identification' })
  step!: string;

  @ApiProperty({ type: String, nullable: true })
  fromStage!: string | null;

  @ApiProperty()
  toStage!: string;

  @ApiProperty({ type: StepActorDto })
  actor!: StepActorDto;

  @ApiProperty({ format: 'date', description: 'As amended, where it was' })
  effectiveDate!: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: Date;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'What was decided and written, as amended' })
  details!: Record<string, unknown>;

  @ApiProperty({ description: 'An amendment corrected its narrative or date' })
  amended!: boolean;

  @ApiProperty({ type: OriginalEntryDto, nullable: true, description: 'What was recorded first, where amended' })
  original!: OriginalEntryDto | null;

  @ApiProperty({ type: [AmendmentViewDto], description: 'Each amendment, oldest first' })
  amendments!: AmendmentViewDto[];

  @ApiProperty({ type: EnteredInErrorDto, nullable: true, description: 'Marked by a later entry that stepped it back' })
  enteredInError!: EnteredInErrorDto | null;
}
