import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  type Type,
  applyDecorators,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExtraModels, ApiOkResponse, ApiQuery, getSchemaPath } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { problems } from '../../problem/problem.exception';

export interface CsvExport<T> {
  /** The download's file name for these figures. */
  filename(figures: T): string;
  /** The figures as CSV text. */
  render(figures: T): string;
}

const CSV_EXPORT = 'ipc:csv-export';
const EXPORT_FORMATS = ['json', 'csv'] as const;

/** Query DTOs of routes with ExportsCsv extend this so `format` passes whitelisting; ExportsCsv checks it. */
export class ExportFormatQuery {
  @IsOptional()
  format?: string;
}

/** `?format=csv` asks for the CSV as `Accept: text/csv` does (a link can carry it; a header cannot). */
function wantsCsv(request: Request): boolean {
  const { format } = request.query;
  if (format === undefined) return request.accepts(['application/json', 'text/csv']) === 'text/csv';
  if (typeof format !== 'string' || !EXPORT_FORMATS.includes(format as (typeof EXPORT_FORMATS)[number])) {
    throw problems.validation([{ field: 'format', reason: `must be one of ${EXPORT_FORMATS.join(', ')}` }]);
  }
  return format === 'csv';
}

/**
 * Answers with CSV instead of JSON when the request asks for it (`?format=csv`, or Accept: text/csv
 * without a `format`); errors stay application/problem+json either way.
 */
@Injectable()
export class CsvExportInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const exporter = this.reflector.get<CsvExport<unknown> | undefined>(CSV_EXPORT, context.getHandler());
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    response.vary('Accept');
    if (!exporter || !wantsCsv(request)) return next.handle();
    return next.handle().pipe(
      map((figures) => {
        response.type('text/csv; charset=utf-8');
        response.attachment(exporter.filename(figures));
        return exporter.render(figures);
      }),
    );
  }
}

/** The route's figures (documented by `view`) are also available as CSV, rendered by `exporter`. */
export const ExportsCsv = <T>(exporter: CsvExport<T>, view: Type) =>
  applyDecorators(
    SetMetadata(CSV_EXPORT, exporter),
    UseInterceptors(CsvExportInterceptor),
    ApiExtraModels(view),
    ApiQuery({ name: 'format', enum: EXPORT_FORMATS, required: false, description: 'csv: as Accept: text/csv' }),
    ApiOkResponse({
      description: 'JSON, or CSV with `?format=csv` or `Accept: text/csv` (a download with its own file name)',
      content: {
        'application/json': { schema: { $ref: getSchemaPath(view) } },
        'text/csv': { schema: { type: 'string', example: 'stage,people\nreferred,12' } },
      },
    }),
  );
