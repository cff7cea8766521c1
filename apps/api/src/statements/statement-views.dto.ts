import { ApiProperty } from '@nestjs/swagger';
import { date, nullableDate } from '../common/api-schema';

/** A statement as listed: what it is and the period it covers. */
export class StatementSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ['indicative', 'annual'] })
  kind!: string;

  @ApiProperty(date)
  issuedOn!: string;

  @ApiProperty(nullableDate)
  periodStart!: string | null;

  @ApiProperty(nullableDate)
  periodEnd!: string | null;

  @ApiProperty({ description: "Printed large when that is the person's format" })
  largePrint!: boolean;
}

/** One statement with its content, as the JSON form of `GET .../statements/:statementId`. */
export class StatementDto extends StatementSummaryDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The figures the statement shows' })
  content!: Record<string, unknown>;
}
