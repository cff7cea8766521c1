import { renderStatementPdf } from './statement-pdf';
import { annualStatement, indicativeStatement } from './statement-view.fixture';

/**
 * The lines of text in an uncompressed PDF: pdfkit writes each line as a TJ array of hex strings
 * (split where kerning applies) in WinAnsi, which matches Latin-1 for the characters tested here.
 */
function pdfLines(pdf: Buffer): string[] {
  const source = pdf.toString('latin1');
  return [...source.matchAll(/\[([^\]]*)\] TJ/g)].map(([, array]) =>
    [...array.matchAll(/<([0-9a-f]*)>/gi)].map(([, hex]) => Buffer.from(hex, 'hex').toString('latin1')).join(''),
  );
}

const fontSizes = (pdf: Buffer) =>
  [...pdf.toString('latin1').matchAll(/\/F\d+ ([\d.]+) Tf/g)].map(([, size]) => Number(size));

describe(renderStatementPdf.name, () => {
  it('should make a PDF holding the annual totals', async () => {
    const pdf = await renderStatementPdf(annualStatement(), { largePrint: false, compress: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const lines = pdfLines(pdf);
    expect(lines).toContain('Annual statement of your personal budget');
    expect(lines).toEqual(expect.arrayContaining(['Total spent', '£1,187.65', 'Underspend', '£46.91', '£1,234.56']));
    expect(lines).toEqual(expect.arrayContaining(['Gym membership', 'Leisure Trust', '£234.56']));
    expect(lines.some((line) => /^Page 1 of \d$/.test(line))).toBe(true);
  });

  it('should make an Individual Statement of Resources with its working', async () => {
    const pdf = await renderStatementPdf(indicativeStatement(), { largePrint: false, compress: false });
    const lines = pdfLines(pdf);
    expect(lines).toEqual(
      expect.arrayContaining(['Individual Statement of Resources', 'Indicative total', '£2,500,000.00']),
    );
    expect(lines).toEqual(expect.arrayContaining(['NHS share', '75%']));
  });

  it('should set every piece of text at 16pt or more in large print', async () => {
    const large = await renderStatementPdf(annualStatement(), { largePrint: true, compress: false });
    const standard = await renderStatementPdf(annualStatement(), { largePrint: false, compress: false });
    expect(Math.min(...fontSizes(large))).toBeGreaterThanOrEqual(16);
    expect(Math.min(...fontSizes(standard))).toBeLessThan(16);
    expect(pdfLines(large)).toContain('£1,187.65');
  });

  it('should compress by default and render the same statement the same way', async () => {
    const first = await renderStatementPdf(annualStatement(), { largePrint: false });
    const second = await renderStatementPdf(annualStatement(), { largePrint: false });
    expect(first.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(first.toString('latin1')).toContain('/FlateDecode');
    expect(pdfLines(first)).toEqual([]);
    expect(first.equals(second)).toBe(true);
  });

  it('should show a script in a description as text and characters the fonts lack as ?', async () => {
    const statement = annualStatement({ communityServices: ['Łódź <script>alert(1)</script>'] });
    const lines = pdfLines(await renderStatementPdf(statement, { largePrint: false, compress: false }));
    expect(lines).toContain('?ódz <script>alert(1)</script>');
  });
});
