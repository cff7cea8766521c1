import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  applyDecorators,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiProduces } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';

export interface CsvExport<T> {
  /** The download's file name for these figures. */
  filename(figures: T): string;
  /** The figures as CSV text. */
  render(figures: T): string;
}

const CSV_EXPORT = 'ipc:csv-export';

/**
 * Answers with CSV instead of JSON when the request prefers text/csv (Accept: text/csv); errors
 * stay application/problem+json either way.
 */
@Injectable()
export class CsvExportInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const exporter = this.reflector.get<CsvExport<unknown> | undefined>(CSV_EXPORT, context.getHandler());
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    response.vary('Accept');
    if (!exporter || request.accepts(['application/json', 'text/csv']) !== 'text/csv') return next.handle();
    return next.handle().pipe(
      map((figures) => {
        response.type('text/csv; charset=utf-8');
        response.attachment(exporter.filename(figures));
        return exporter.render(figures);
      }),
    );
  }
}

/** The route's figures are also available as CSV, rendered by `exporter`. */
export const ExportsCsv = <T>(exporter: CsvExport<T>) =>
  applyDecorators(
    SetMetadata(CSV_EXPORT, exporter),
    UseInterceptors(CsvExportInterceptor),
    ApiProduces('application/json', 'text/csv'),
  );
