import { ApiProperty } from '@nestjs/swagger';

export class AmendmentViewDto {
  @ApiProperty({ enum: ['narrative', 'effective-date'] })
  field!: string;

  @ApiProperty({ description: 'What the entry said before (the narrative fields as they were, or the date)' })
  original!: unknown;

  @ApiProperty({ description: 'What it says now' })
  amended!: unknown;

  @ApiProperty()
  reason!: string;

  @ApiProperty()
  amendedBy!: string;

  @ApiProperty({ format: 'date-time' })
  amendedAt!: Date;
}

export class OriginalEntryDto {
  @ApiProperty({ format: 'date' })
  effectiveDate!: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  details!: Record<string, unknown>;
}

export class EnteredInErrorDto {
  @ApiProperty({ type: 'integer', description: 'The entry that stepped it back' })
  bySequence!: number;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: Date;
}
