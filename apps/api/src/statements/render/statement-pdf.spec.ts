import { pdfText, readPdf } from '../../../../../test/support/pdf-text';
import { renderStatementPdf } from './statement-pdf';
import { annualSpend, annualStatement, indicativeStatement } from './statement-view.fixture';

/** Each piece of text drawn on the first page, where it starts and how wide it is, in points. */
async function firstPageItems(pdf: Buffer): Promise<{ str: string; x: number; y: number; width: number }[]> {
  const items = await readPdf(
    pdf,
    `const { items } = await (await pdf.getPage(1)).getTextContent();
     process.stdout.write(JSON.stringify(items.map((item) => ({ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width }))));`,
  );
  return JSON.parse(items) as { str: string; x: number; y: number; width: number }[];
}

const lines = async (pdf: Buffer) => (await pdfText(pdf)).split('\n').map((line) => line.trim());

const fontSizes = (pdf: Buffer) =>
  [...pdf.toString('latin1').matchAll(/\/F\d+ ([\d.]+) Tf/g)].map(([, size]) => Number(size));

describe(renderStatementPdf.name, () => {
  it('should make a PDF holding the annual totals', async () => {
    const pdf = await renderStatementPdf(annualStatement(), { largePrint: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await lines(pdf);
    expect(text).toContain('Annual statement of your personal budget');
    expect(text).toEqual(
      expect.arrayContaining(['Total spent £1,187.65', 'Underspend £46.91', 'Total budget £1,234.56']),
    );
    expect(text).toEqual(expect.arrayContaining(['Gym membership', 'Provider Leisure Trust', 'Budget £234.56']));
    expect(text.some((line) => /^Page 1 of \d$/.test(line))).toBe(true);
  });

  it('should make an Individual Statement of Resources with its working', async () => {
    const text = await lines(await renderStatementPdf(indicativeStatement(), { largePrint: false }));
    expect(text).toEqual(
      expect.arrayContaining(['Individual Statement of Resources', 'Indicative total £2,500,000.00', 'NHS share 75%']),
    );
  });

  it('should set every piece of text at 16pt or more in large print', async () => {
    const large = await renderStatementPdf(annualStatement(), { largePrint: true, compress: false });
    const standard = await renderStatementPdf(annualStatement(), { largePrint: false, compress: false });
    expect(Math.min(...fontSizes(large))).toBeGreaterThanOrEqual(16);
    expect(Math.min(...fontSizes(standard))).toBeLessThan(16);
    expect(await lines(large)).toContain('Total spent £1,187.65');
  });

  it('should compress by default and render the same statement the same way', async () => {
    const first = await renderStatementPdf(annualStatement(), { largePrint: false });
    const second = await renderStatementPdf(annualStatement(), { largePrint: false });
    expect(first.toString('latin1')).toContain('/FlateDecode');
    expect(first.toString('latin1')).not.toContain('Total spent');
    expect(first.equals(second)).toBe(true);
  });

  it('should print Welsh, Polish, Urdu, Arabic, Bengali, Chinese and emoji as written, right to left in reading order', async () => {
    const services = [
      'Grŵp cerdded, Tŷ Ŵyn',
      'Klub seniora w Łodzi: żółć, gęś',
      'منگل کو پیدل چلنے والا گروپ',
      'مجموعة المشي يوم الثلاثاء',
      'মঙ্গলবার বাংলা দল',
      '星期二步行小组',
      'Walking group 🚶 on Tuesdays 😀',
    ];
    const spend = annualSpend();
    const statement = annualStatement({
      communityServices: services,
      spend: {
        ...spend,
        byItem: [{ ...spend.byItem[0], provider: 'Cymdeithas Gofal Dŵr 支持', description: 'Tîm cymorth 支持' }],
      },
    });
    const text = await lines(await renderStatementPdf(statement, { largePrint: false }));
    expect(text).toEqual(expect.arrayContaining(services.map((service) => `• ${service}`)));
    expect(text).toEqual(expect.arrayContaining(['Tîm cymorth 支持', 'Provider Cymdeithas Gofal Dŵr 支持']));
  });

  it('should set a right-aligned value in several scripts in line, ending at the right margin', async () => {
    const spend = annualSpend();
    const statement = annualStatement({
      spend: { ...spend, byItem: [{ ...spend.byItem[0], provider: 'Cymdeithas 支持 مساعدة Dŵr' }] },
    });
    const items = await firstPageItems(await renderStatementPdf(statement, { largePrint: false }));
    const label = items.find((item) => item.str === 'Provider');
    const value = items.filter((item) => item.y === label?.y && item !== label && item.str.trim() !== '');
    expect(value.map((item) => item.str.trim())).toEqual(['Cymdeithas', '支持', 'مساعدة', 'Dŵr']);
    value
      .slice(1)
      .forEach((item, index) => expect(item.x).toBeGreaterThanOrEqual(value[index].x + value[index].width - 0.5));
    const last = value[value.length - 1];
    expect(last.x + last.width).toBeCloseTo(595.28 - 56, 0);
  });

  it('should keep numbers and Latin words inside Arabic text in reading order', async () => {
    const service = 'مركز NHS للمجتمع 12 غرفة';
    const text = await lines(
      await renderStatementPdf(annualStatement({ communityServices: [service] }), { largePrint: false }),
    );
    expect(text).toContain(`• ${service}`);
  });

  it('should show a script in a description as text and a character no font has as the replacement character', async () => {
    // Egyptian hieroglyphs and Georgian capitals have no face; Gurmukhi's would make the shaper fail.
    const statement = annualStatement({ communityServices: ['Łódź <script>alert(1)</script>', 'Ⴀ𓀀 club', 'ਪੰਜਾਬੀ'] });
    const text = await lines(await renderStatementPdf(statement, { largePrint: false }));
    expect(text).toContain('• Łódź <script>alert(1)</script>');
    expect(text).toContain('• \uFFFD\uFFFD club');
    expect(text).toContain(`• ${'\uFFFD'.repeat([...'ਪੰਜਾਬੀ'].length)}`);
  });
});
