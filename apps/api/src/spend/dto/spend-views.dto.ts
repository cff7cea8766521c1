import { ApiProperty } from '@nestjs/swagger';
import { date, nullableDate, pence } from '../../common/api-schema';
import { PageOf } from '../../common/page.dto';

/** One record of spend or service use, as recorded. */
export class SpendRecordViewDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  planItemId!: string;

  @ApiProperty(pence)
  amountPence!: number;

  @ApiProperty(date)
  spentOn!: string;

  @ApiProperty()
  source!: string;

  @ApiProperty()
  kind!: string;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty()
  recordedBy!: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: Date;
}

/** The answer to a CSV upload: how many rows were recorded. */
export class SpendImportDto {
  @ApiProperty({ type: 'integer', minimum: 1 })
  imported!: number;
}

export class SpendItemTotalDto {
  @ApiProperty({ format: 'uuid' })
  planItemId!: string;

  @ApiProperty(pence)
  spentPence!: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  serviceUseCount!: number;
}

export class SpendTotalsDto {
  @ApiProperty({ type: [SpendItemTotalDto] })
  byItem!: SpendItemTotalDto[];

  @ApiProperty(pence)
  totalPence!: number;
}

/** A period's records, a page at a time, with what the whole period adds up to by plan item. */
export class SpendListDto extends PageOf(SpendRecordViewDto) {
  @ApiProperty({ format: 'uuid' })
  participantId!: string;

  @ApiProperty(nullableDate)
  from!: string | null;

  @ApiProperty(nullableDate)
  to!: string | null;

  @ApiProperty({ type: SpendTotalsDto, description: 'Over every record in the period, not only this page' })
  totals!: SpendTotalsDto;
}
