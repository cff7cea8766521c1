import { ApiProperty } from '@nestjs/swagger';

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

  @ApiProperty({ format: 'date' })
  effectiveDate!: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: Date;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'What was decided and written' })
  details!: Record<string, unknown>;
}
