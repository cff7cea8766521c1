import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsPastOrTodayDate } from '../../common/calendar-date.validator';
import { IsPence } from '../../common/pence.decorator';

export const SPEND_SOURCES = [
  'direct-payment-return',
  'provider-invoice',
  'notional-service-use',
  'card-transaction',
] as const;
export type SpendSource = (typeof SPEND_SOURCES)[number];

/** Money paid for an item, or a service used under it (its cost counts against the item the same way). */
export const SPEND_KINDS = ['spend', 'service-use'] as const;
export type SpendKind = (typeof SPEND_KINDS)[number];

/**
 * One record of spend or service use. The messages do not name the property, so the same rules
 * read well against a JSON field and a CSV column.
 */
export class RecordSpendDto {
  @ApiProperty({ format: 'uuid', description: "A support item of the person's current care plan" })
  @IsUUID(undefined, { message: 'must be the id (a UUID) of a support item of the care plan' })
  planItemId!: string;

  @IsPence({ example: 12500, description: 'Whole pence' })
  amountPence!: number;

  @ApiProperty({ example: '2026-11-02', description: 'Not in the future, not before the referral' })
  @IsPastOrTodayDate()
  spentOn!: string;

  @ApiProperty({ enum: SPEND_SOURCES })
  @IsIn(SPEND_SOURCES, { message: `must be one of: ${SPEND_SOURCES.join(', ')}` })
  source!: SpendSource;

  @ApiProperty({ enum: SPEND_KINDS })
  @IsIn(SPEND_KINDS, { message: `must be one of: ${SPEND_KINDS.join(', ')}` })
  kind!: SpendKind;

  @ApiPropertyOptional({ example: 'Invoice 4471, October' })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(1, 2000, { message: 'must be 1 to 2000 characters' })
  description?: string;
}
