/** A CSV text that cannot be read as records; `row` counts records from 1 (the header). */
export class CsvSyntaxError extends Error {
  constructor(
    readonly row: number,
    readonly reason: string,
  ) {
    super(`row ${row}: ${reason}`);
  }
}

/**
 * Reads CSV text as RFC 4180 records: fields separated by commas, records by CRLF, LF or CR, a
 * field in double quotes may hold commas, line breaks and "" for a quote. A byte order mark and a
 * final line break are ignored. Fields are returned as written (no trimming, no type conversion).
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let afterQuote = false;
  let index = text.startsWith('\uFEFF') ? 1 : 0;

  const endField = () => {
    record.push(field);
    field = '';
    afterQuote = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  for (; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[index + 1] === '"') {
        field += '"';
        index++;
      } else {
        quoted = false;
        afterQuote = true;
      }
    } else if (char === ',') endField();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      endRecord();
    } else if (afterQuote) {
      throw new CsvSyntaxError(
        records.length + 1,
        'has text after a closing quote; a quote inside a quoted field is ""',
      );
    } else if (char === '"') {
      if (field !== '') throw new CsvSyntaxError(records.length + 1, 'has a quote inside an unquoted field');
      quoted = true;
    } else field += char;
  }
  if (quoted) throw new CsvSyntaxError(records.length + 1, 'has a quoted field that is never closed');
  if (field !== '' || afterQuote || record.length > 0) endRecord();
  return records;
}

/** A record with no content at all: an empty line. */
export const isBlankRecord = (record: string[]) => record.length === 1 && record[0] === '';
