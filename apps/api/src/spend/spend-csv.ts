import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CsvSyntaxError, isBlankRecord, parseCsv } from './csv';
import { RecordSpendDto } from './dto/record-spend.dto';
import { type SpendContext, spendRuleErrors } from './spend-rules';

/** CSV column → record field. `description` may be left out of the header. */
export const SPEND_CSV_COLUMNS = {
  plan_item_id: 'planItemId',
  amount_pence: 'amountPence',
  spent_on: 'spentOn',
  source: 'source',
  kind: 'kind',
  description: 'description',
} as const satisfies Record<string, keyof RecordSpendDto>;
type CsvColumn = keyof typeof SPEND_CSV_COLUMNS;
const OPTIONAL_COLUMNS: readonly CsvColumn[] = ['description'];

/** A year of a person's records fits many times over; a bigger file is a mistake, not an import. */
export const MAX_SPEND_CSV_ROWS = 10_000;

/** `row` counts the file's records from 1 (the header), as a spreadsheet numbers its rows. */
export interface CsvRowError {
  row: number;
  field: string;
  reason: string;
}

export interface SpendCsvRow {
  row: number;
  record: RecordSpendDto;
}

export type SpendCsvReading = { ok: true; rows: SpendCsvRow[] } | { ok: false; errors: CsvRowError[] };

const columnOf = (field: string) =>
  (Object.keys(SPEND_CSV_COLUMNS) as CsvColumn[]).find((column) => SPEND_CSV_COLUMNS[column] === field) ?? field;

/**
 * Reads an upload of spend records: the header names the columns (any order), each further row is
 * one record checked by the same rules as a single JSON record. Every bad row is reported; the
 * rows are returned only when all of them are good. Blank lines are skipped.
 */
export function readSpendCsv(text: string, context: SpendContext): SpendCsvReading {
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return { ok: false, errors: [{ row: error.row, field: 'file', reason: error.reason }] };
  }
  const [header, ...body] = records;
  const columns = readHeader(header ?? []);
  if (!columns.ok) return columns;

  const numbered = body.map((cells, index) => ({ row: index + 2, cells })).filter(({ cells }) => !isBlankRecord(cells));
  if (numbered.length === 0) return fail(1, 'file', 'has no records after the header row');
  if (numbered.length > MAX_SPEND_CSV_ROWS) {
    return fail(1, 'file', `has ${numbered.length} records; at most ${MAX_SPEND_CSV_ROWS} can be uploaded at once`);
  }

  const rows: SpendCsvRow[] = [];
  const errors: CsvRowError[] = [];
  for (const { row, cells } of numbered) {
    if (cells.length !== columns.names.length) {
      errors.push({ row, field: 'row', reason: `has ${cells.length} values; the header has ${columns.names.length}` });
      continue;
    }
    const record = toRecord(columns.names, cells);
    const fieldErrors = validateSync(record).flatMap((error) =>
      Object.values(error.constraints ?? {}).map((reason) => ({ field: error.property, reason })),
    );
    const ruleErrors = fieldErrors.length === 0 ? spendRuleErrors(record, context) : [];
    for (const { field, reason } of [...fieldErrors, ...ruleErrors])
      errors.push({ row, field: columnOf(field), reason });
    if (fieldErrors.length + ruleErrors.length === 0) rows.push({ row, record });
  }
  return errors.length ? { ok: false, errors } : { ok: true, rows };
}

function readHeader(header: string[]): { ok: true; names: CsvColumn[] } | { ok: false; errors: CsvRowError[] } {
  const names = header.map((name) => name.trim().toLowerCase());
  const errors: CsvRowError[] = [];
  names.forEach((name, index) => {
    if (!(name in SPEND_CSV_COLUMNS)) {
      errors.push({ row: 1, field: name || `column ${index + 1}`, reason: 'is not a column of a spend upload' });
    } else if (names.indexOf(name) !== index) {
      errors.push({ row: 1, field: name, reason: 'appears more than once in the header' });
    }
  });
  for (const column of Object.keys(SPEND_CSV_COLUMNS) as CsvColumn[]) {
    if (!names.includes(column) && !OPTIONAL_COLUMNS.includes(column)) {
      errors.push({ row: 1, field: column, reason: 'is missing from the header row' });
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, names: names as CsvColumn[] };
}

/** Cells as a record: whole-number amounts become numbers, anything else stays text for the rules to refuse. */
function toRecord(names: CsvColumn[], cells: string[]): RecordSpendDto {
  const plain: Record<string, string | number> = {};
  names.forEach((column, index) => {
    const cell = cells[index].trim();
    if (column === 'description' && cell === '') return;
    plain[SPEND_CSV_COLUMNS[column]] = column === 'amount_pence' && /^\d+$/.test(cell) ? Number(cell) : cell;
  });
  return plainToInstance(RecordSpendDto, plain);
}

const fail = (row: number, field: string, reason: string): SpendCsvReading => ({
  ok: false,
  errors: [{ row, field, reason }],
});
