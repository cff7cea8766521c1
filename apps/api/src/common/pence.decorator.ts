import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { MAX_AMOUNT_PENCE } from '@ipc/domain';
import { ValidateBy } from 'class-validator';
import { formatPence } from '../statements/render/money';

export interface PenceOptions {
  /** The least amount allowed (0 unless a zero amount means nothing, like a carer's budget). */
  min?: number;
  example: number;
  description?: string;
}

/**
 * An amount of money in whole pence, from `min` (0) to MAX_AMOUNT_PENCE, documented with those
 * bounds in OpenAPI. One rule, one message; the message does not name the property, so it reads
 * well against a JSON field and a CSV column alike.
 */
export function IsPence({ min = 0, example, description }: PenceOptions): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: 'integer', minimum: min, maximum: MAX_AMOUNT_PENCE, example, description }),
    ValidateBy({
      name: 'isPence',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && Number.isInteger(value) && value >= min && value <= MAX_AMOUNT_PENCE,
        defaultMessage: () =>
          `must be a whole number of pence from ${min} to ${MAX_AMOUNT_PENCE} (${formatPence(MAX_AMOUNT_PENCE)}); 1250 is £12.50`,
      },
    }),
  );
}
