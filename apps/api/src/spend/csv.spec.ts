import { CsvSyntaxError, isBlankRecord, parseCsv } from './csv';

describe(parseCsv.name, () => {
  it('should read records separated by LF, CRLF or CR, ignoring a final line break', () => {
    expect(parseCsv('a,b\n1,2\r\n3,4\r5,6\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('should read quoted fields holding commas, line breaks and doubled quotes', () => {
    expect(parseCsv('"a,b","line 1\nline 2","say ""hi""",""\n')).toEqual([['a,b', 'line 1\nline 2', 'say "hi"', '']]);
  });

  it('should keep empty fields, a trailing empty field and blank lines', () => {
    const records = parseCsv('a,,c,\n\nd');
    expect(records).toEqual([['a', '', 'c', ''], [''], ['d']]);
    expect(records.map(isBlankRecord)).toEqual([false, true, false]);
  });

  it('should ignore a byte order mark and read an empty text as no records', () => {
    expect(parseCsv('\uFEFFa,b')).toEqual([['a', 'b']]);
    expect(parseCsv('')).toEqual([]);
  });

  it.each([
    ['a,"b\n', 1, 'never closed'],
    ['a\nb"c",d', 2, 'quote inside an unquoted field'],
    ['a\nb\n"c"d', 3, 'text after a closing quote'],
  ])('should refuse %p, naming row %p', (text, row, reason) => {
    expect(() => parseCsv(text)).toThrow(CsvSyntaxError);
    try {
      parseCsv(text);
    } catch (error) {
      expect(error).toMatchObject({ row, reason: expect.stringContaining(reason) });
    }
  });
});
