import { ApiProperty } from '@nestjs/swagger';

const nullableText = { type: String, nullable: true } as const;

/** One audited access: who, when, which record and part, why (break glass) and the outcome. */
export class AuditEntryDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Position in the audit, increasing' })
  seq!: number;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty()
  staffId!: string;

  @ApiProperty()
  staffRole!: string;

  @ApiProperty({ enum: ['participant', 'carer'] })
  recordKind!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null for a list of records' })
  recordId!: string | null;

  @ApiProperty({ description: 'Which part of the record: details, timeline, plan, budget, spend...' })
  part!: string;

  @ApiProperty({ ...nullableText, description: 'The reason stated to break the glass, if access needed one' })
  accessReason!: string | null;

  @ApiProperty()
  requestId!: string;

  @ApiProperty({ enum: ['GET', 'POST', 'PUT'] })
  method!: string;

  @ApiProperty({ description: 'The route, as `/api/v1/participants/:id/timeline`' })
  route!: string;

  @ApiProperty({ type: 'integer', description: 'The HTTP status it was answered with' })
  status!: number;

  @ApiProperty({ description: "SHA-256 over the previous entry's hash and this entry (hex)" })
  hash!: string;
}

export class AuditChainBreakDto {
  @ApiProperty({ type: 'integer' })
  seq!: number;

  @ApiProperty({ enum: ['changed', 'missing-before'] })
  problem!: string;

  @ApiProperty()
  detail!: string;
}

/** Whether the site's audit chain holds, and where it does not. */
export class AuditVerificationDto {
  @ApiProperty()
  verified!: boolean;

  @ApiProperty({ type: 'integer', minimum: 0 })
  entries!: number;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: "The chain's last entry: note it to see later that nothing was cut from the end",
  })
  headSeq!: number | null;

  @ApiProperty(nullableText)
  headHash!: string | null;

  @ApiProperty({ type: [AuditChainBreakDto] })
  breaks!: AuditChainBreakDto[];
}
