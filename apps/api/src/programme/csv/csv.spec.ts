import { toCsv } from './csv';

describe(toCsv.name, () => {
  it('should write a header and rows with CRLF, empty for null, quoting where needed', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, null],
          ['x,y', 'say "hi"'],
          [true, -3],
        ],
      ),
    ).toBe('a,b\r\n1,\r\n"x,y","say ""hi"""\r\ntrue,-3\r\n');
  });

  it('should stop text from being read as a spreadsheet formula', () => {
    expect(toCsv(['a'], [['=SUM(A1)'], ['-x']])).toBe("a\r\n'=SUM(A1)\r\n'-x\r\n");
  });
});
