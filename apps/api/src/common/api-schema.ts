import type { ApiPropertyOptions } from '@nestjs/swagger';

/** Schema fragments the response views share: money is integer pence, dates are calendar dates. */
export const pence = { type: 'integer', minimum: 0 } satisfies ApiPropertyOptions;
export const date = { type: String, format: 'date' } satisfies ApiPropertyOptions;
export const nullableDate = { type: String, format: 'date', nullable: true } satisfies ApiPropertyOptions;
