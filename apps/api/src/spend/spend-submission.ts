import { createParamDecorator, type ExecutionContext, Injectable, type PipeTransform } from '@nestjs/common';
import type { Request } from 'express';
import { createValidationPipe } from '../problem/validation';
import { RecordSpendDto } from './dto/record-spend.dto';
import { unsupportedSpendMediaType } from './spend.errors';

/** A spend request is one JSON record or a CSV upload of many, on the same path. */
export type SpendSubmission = { format: 'record'; record: RecordSpendDto } | { format: 'csv'; csv: string };

interface RawSpendBody {
  contentType: string | undefined;
  format: 'json' | 'csv' | undefined;
  body: unknown;
}

/** Checks the body by its content type: a JSON record against RecordSpendDto (400 with field errors). */
@Injectable()
export class SpendSubmissionPipe implements PipeTransform<RawSpendBody, Promise<SpendSubmission>> {
  private readonly validation = createValidationPipe();

  async transform({ contentType, format, body }: RawSpendBody): Promise<SpendSubmission> {
    if (format === 'csv') return { format: 'csv', csv: typeof body === 'string' ? body : '' };
    if (format !== 'json') throw unsupportedSpendMediaType(contentType);
    const record: RecordSpendDto = await this.validation.transform(body ?? {}, {
      type: 'body',
      metatype: RecordSpendDto,
    });
    return { format: 'record', record };
  }
}

const rawSpendBody = createParamDecorator((_data: unknown, context: ExecutionContext): RawSpendBody => {
  const request = context.switchToHttp().getRequest<Request>();
  const format = request.is('text/csv') ? 'csv' : request.is('application/json') ? 'json' : undefined;
  return { contentType: request.headers['content-type'], format, body: request.body };
});

/** The request body as a SpendSubmission (JSON or CSV), validated; 415 for any other content type. */
export const SpendSubmissionBody = () => rawSpendBody(SpendSubmissionPipe);
