import { ENTRY_FIELDS } from '@ipc/persistence';
import type { CsvExport } from '../programme/csv/csv-export';
import { toCsv } from '../programme/csv/csv';
import type { AuditEntryDto } from './dto/audit-views.dto';

type AuditPage = { items: AuditEntryDto[]; page: number };

/** Every field of an entry but the site (the IG lead's own), in the chain's order, then its hash. */
const COLUMNS: readonly (keyof AuditEntryDto)[] = [
  'seq',
  'occurredAt',
  ...ENTRY_FIELDS.filter((field) => field !== 'siteId'),
  'hash',
];

/** A page of the audit as CSV, one access a row, for the IG lead's spreadsheet. */
export const auditCsv: CsvExport<AuditPage> = {
  filename: (page) => `audit-page-${page.page}.csv`,
  render: (page) =>
    toCsv(
      COLUMNS,
      page.items.map((entry) => COLUMNS.map((column) => entry[column])),
    ),
};
