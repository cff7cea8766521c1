import { ApiProperty } from '@nestjs/swagger';
import { AuditEntryDto } from '../audit/dto/audit-views.dto';

/** Each part as its own route answers it (GET /participants/:id, .../timeline, .../statements/:id...). */
const part = (description: string, nullable = false) =>
  ({ type: 'object', additionalProperties: true, nullable, description }) as const;
const parts = (description: string) =>
  ({ type: 'array', items: { type: 'object', additionalProperties: true }, description }) as const;

/** Everything held on one person, for a subject access request. */
export class SubjectAccessDto {
  @ApiProperty({ format: 'uuid' })
  participantId!: string;

  @ApiProperty({ format: 'date-time' })
  generatedAt!: string;

  @ApiProperty({ description: 'The IG lead who made the export' })
  generatedBy!: string;

  @ApiProperty(part('As GET /participants/:id: details, stage, plan in force and draft, budgets, closure'))
  record!: Record<string, unknown>;

  @ApiProperty(part('As GET /participants/:id/details: name, address, phones, email, GP practice, needs', true))
  details!: Record<string, unknown> | null;

  @ApiProperty(parts('As GET /participants/:id/details/history: every change, newest first'))
  detailsHistory!: Record<string, unknown>[];

  @ApiProperty(part('As GET /participants/:id/demographics'))
  demographics!: Record<string, unknown>;

  @ApiProperty(part('As GET /participants/:id/contact-preferences; null if never recorded', true))
  contactPreferences!: Record<string, unknown> | null;

  @ApiProperty(parts('Every step, with its narrative: plans, budgets, reviews, closure'))
  timeline!: Record<string, unknown>[];

  @ApiProperty(parts('The review steps of the timeline'))
  reviews!: Record<string, unknown>[];

  @ApiProperty(parts('Each statement in full, as GET .../statements/:statementId'))
  statements!: Record<string, unknown>[];

  @ApiProperty(part('Every spend record and the totals by plan item'))
  spend!: Record<string, unknown>;

  @ApiProperty(parts('Every reminder about the person'))
  reminders!: Record<string, unknown>[];

  @ApiProperty(parts('The carers linked to the person'))
  carers!: Record<string, unknown>[];

  @ApiProperty({ type: [AuditEntryDto], description: 'Every access to the record, newest first' })
  accessLog!: AuditEntryDto[];
}
