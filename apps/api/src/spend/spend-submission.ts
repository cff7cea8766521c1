import { createParamDecorator, type ExecutionContext, Injectable, type PipeTransform } from '@nestjs/common';
import type { Request } from 'express';
import { createValidationPipe } from '../problem/validation';
import { RecordSpendDto } from './dto/record-spend.dto';

/** A spend request is one JSON record or a CSV upload of many, on the same path. */
export type SpendSubmission = { format: 'record'; record: RecordSpendDto } | { format: 'csv'; csv: string };

interface RawSpendBody {
  format: 'json' | 'csv';
  body: unknown;
}

/**
 * Checks the body by its content type: a JSON record against RecordSpendDto (400 with field errors).
 * The route's @Consumes has already refused any other type (415).
 */
@Injectable()
export class SpendSubmissionPipe implements PipeTransform<RawSpendBody, Promise<SpendSubmission>> {
  private readonly validation = createValidationPipe();

  async transform({ format, body }: RawSpendBody): Promise<SpendSubmission> {
    if (format === 'csv') return { format: 'csv', csv: typeof body === 'string' ? body : '' };
    const record: RecordSpendDto = await this.validation.transform(body ?? {}, {
      type: 'body',
      metatype: RecordSpendDto,
    });
    return { format: 'record', record };
  }
}

const rawSpendBody = createParamDecorator((_data: unknown, context: ExecutionContext): RawSpendBody => {
  const request = context.switchToHttp().getRequest<Request>();
  return { format: request.is('text/csv') ? 'csv' : 'json', body: request.body };
});

/** The request body as a SpendSubmission (JSON or CSV), validated. */
export const SpendSubmissionBody = () => rawSpendBody(SpendSubmissionPipe);
