import type { CsvExport } from '../programme/csv/csv-export';
import { toCsv } from '../programme/csv/csv';
import type { AuditEntryDto } from './dto/audit-views.dto';

type AuditPage = { items: AuditEntryDto[]; page: number };

const COLUMNS = [
  'seq',
  'occurredAt',
  'staffId',
  'staffRole',
  'recordKind',
  'recordId',
  'part',
  'accessReason',
  'requestId',
  'method',
  'route',
  'status',
  'hash',
] as const satisfies readonly (keyof AuditEntryDto)[];

/** A page of the audit as CSV, one access a row, for the IG lead's spreadsheet. */
export const auditCsv: CsvExport<AuditPage> = {
  filename: (page) => `audit-page-${page.page}.csv`,
  render: (page) =>
    toCsv(
      COLUMNS,
      page.items.map((entry) => COLUMNS.map((column) => entry[column])),
    ),
};
