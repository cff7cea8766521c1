import PDFDocument from 'pdfkit';
import { type FigureRow, statementContent, type StatementBlock, type StatementDocument } from './statement-content';
import { FONT_FACES, FONT_WEIGHTS, type FontFace, type FontWeight, LATIN } from './statement-fonts';
import type { RenderOptions, StatementView } from './statement-view';
import { type TextRun, textRuns } from './text-runs';

export interface PdfRenderOptions extends RenderOptions {
  /** Compress content streams (default true); tests turn it off to read the text. */
  compress?: boolean;
}

/** Point sizes; large print keeps every piece of text at 16pt or more. */
const SIZES = {
  standard: { body: 11, h1: 20, h2: 15, h3: 12, gap: 6, margin: 56 },
  large: { body: 18, h1: 28, h2: 24, h3: 20, gap: 10, margin: 48 },
};
type Sizes = (typeof SIZES)['standard'];

/**
 * The statement as an A4 PDF with the same words and figures as the HTML, in embedded Noto fonts
 * (see statement-fonts.ts) so names and services in other languages and scripts print as written.
 * Its creation date is the issue date, so a statement renders the same every time.
 */
export function renderStatementPdf(statement: StatementView, options: PdfRenderOptions): Promise<Buffer> {
  return renderDocumentPdf(statementContent(statement), { ...options, createdAt: issueInstant(statement.issuedOn) });
}

/**
 * Any document laid out as a statement is (title, intro, sections of blocks) as an A4 PDF in the
 * statements' fonts and layout: page breaks that keep headings with their text, page numbers.
 */
export function renderDocumentPdf(
  content: StatementDocument,
  options: PdfRenderOptions & { createdAt?: Date },
): Promise<Buffer> {
  const sizes = options.largePrint ? SIZES.large : SIZES.standard;
  const doc = new PDFDocument({
    size: 'A4',
    margin: sizes.margin,
    compress: options.compress ?? true,
    bufferPages: true,
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: content.title,
      Subject: options.largePrint ? 'Large print' : 'Standard print',
      Creator: 'IPC pathway engine',
      CreationDate: options.createdAt,
    },
  });
  const finished = collect(doc);

  const writer = new PdfWriter(doc, sizes);
  writer.heading(content.title, sizes.h1);
  writer.paragraph(content.intro);
  for (const section of content.sections) {
    writer.heading(section.heading, sizes.h2);
    for (const block of section.blocks) writer.block(block);
  }
  writer.pageNumbers();
  writer.ligaturesInDisplayOrder();
  doc.end();
  return finished;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function issueInstant(issuedOn: string): Date | undefined {
  const instant = new Date(`${issuedOn}T00:00:00Z`);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

/** Writes blocks top to bottom, starting a new page before a row or heading that would not fit. */
class PdfWriter {
  private readonly registered = new Set<string>();
  private fontSize = 0;
  /** Each text is measured before it is written: its runs are worked out once. */
  private readonly runsOf = new Map<string, TextRun[]>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly sizes: Sizes,
  ) {}

  private get left() {
    return this.doc.page.margins.left;
  }

  private get width() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Moves to a new page unless `height` points still fit on this one. */
  private keep(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  private size(points: number): void {
    this.fontSize = points;
    this.doc.fontSize(points);
  }

  private runs(text: string): TextRun[] {
    let runs = this.runsOf.get(text);
    if (!runs) this.runsOf.set(text, (runs = textRuns(text)));
    return runs;
  }

  /** Selects a face's weight, registering it with this document the first time it is needed. */
  private use(face: FontFace, weight: FontWeight): void {
    const name = `${face.name}-${weight}`;
    if (!this.registered.has(name)) {
      // pdfkit also takes an opened fontkit font (its types name only files and buffers).
      this.doc.registerFont(name, face.forStatement(weight) as unknown as Buffer);
      this.registered.add(name);
    }
    this.doc.font(name);
  }

  /**
   * Text in as many faces as its scripts need, at (x, y) and wrapped to `options.width`; leaves
   * `doc.y` below it. A right-to-left run is laid out whole, since pdfkit would otherwise lay out
   * and reverse it word by word, leaving its words in the wrong order.
   */
  private write(text: string, weight: FontWeight, x: number, y: number, options: PDFKit.Mixins.TextOptions): void {
    const runs = this.runs(text);
    if (runs.length === 0) return;
    const placed = runs.length > 1 ? this.alignRuns(runs, weight, x, options) : { x, options };
    runs.forEach((run, index) => {
      this.use(run.face, weight);
      const runOptions = { ...placed.options, continued: index < runs.length - 1, ...this.layoutOf(run) };
      if (index === 0) this.doc.text(run.text, placed.x, y, runOptions);
      else this.doc.text(run.text, runOptions);
    });
  }

  /**
   * Every run sits on the baseline Latin text would have (pdfkit otherwise hangs each from its own
   * font's ascender, so Chinese or Arabic would sit higher or lower than the English beside it).
   */
  private layoutOf(run: TextRun): PDFKit.Mixins.TextOptions {
    return { baseline: -LATIN.ascender * this.fontSize, ...(run.face.rightToLeft && { features: [] }) };
  }

  /**
   * pdfkit aligns each run of continued text on its own, so runs aligned right or centred would
   * overprint each other: a line that fits is moved into place and written left-aligned instead,
   * and one that wraps is left-aligned.
   */
  private alignRuns(runs: TextRun[], weight: FontWeight, x: number, options: PDFKit.Mixins.TextOptions) {
    if (options.align !== 'right' && options.align !== 'center') return { x, options };
    const width = options.width ?? this.width;
    const used = runs.reduce((sum, run) => {
      this.use(run.face, weight);
      return sum + this.doc.widthOfString(run.text, this.layoutOf(run));
    }, 0);
    if (used > width) return { x, options: { ...options, align: 'left' as const } };
    const offset = (width - used) * (options.align === 'right' ? 1 : 0.5);
    // Half a point to spare, so rounding does not wrap the last run.
    return { x: x + offset, options: { ...options, align: 'left' as const, width: width - offset + 0.5 } };
  }

  /**
   * pdfkit maps each glyph to its letters in reading order, but a reader reads right-to-left text
   * back in display order and turns it around, so an Arabic ligature (lam-alef in لا) would come
   * back with its letters swapped; in display order they come back as written. Runs once the
   * text is laid out, before the fonts are embedded at the end of the document.
   */
  ligaturesInDisplayOrder(): void {
    const fonts = (this.doc as unknown as { _fontFamilies: Record<string, { unicode: number[][] }> })._fontFamilies;
    for (const face of FONT_FACES.filter((candidate) => candidate.rightToLeft)) {
      for (const weight of FONT_WEIGHTS) {
        const font = fonts[`${face.name}-${weight}`] as { unicode: number[][] } | undefined;
        if (font) font.unicode = font.unicode.map((codePoints) => [...codePoints].reverse());
      }
    }
  }

  /** The height of wrapped text, measured in the tallest of the faces it uses. */
  private heightOf(text: string, weight: FontWeight, options: PDFKit.Mixins.TextOptions): number {
    const runs = this.runs(text);
    return Math.max(
      0,
      ...[...new Set(runs.map((run) => run.face))].map((face) => {
        this.use(face, weight);
        return this.doc.heightOfString(runs.map((run) => run.text).join(''), options);
      }),
    );
  }

  heading(text: string, size: number): void {
    this.size(size);
    // A heading stays with at least two lines of what follows it.
    this.keep(this.heightOf(text, 'bold', { width: this.width }) + this.sizes.body * 3);
    this.doc.moveDown(0.4);
    this.write(text, 'bold', this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3);
  }

  paragraph(text: string): void {
    this.size(this.sizes.body);
    this.write(text, 'regular', this.left, this.doc.y, { width: this.width, lineGap: 2 });
    this.doc.moveDown(0.5);
  }

  block(block: StatementBlock): void {
    switch (block.type) {
      case 'paragraph':
        return this.paragraph(block.text);
      case 'subheading':
        return this.heading(block.text, this.sizes.h3);
      case 'list':
        return this.list(block.items);
      case 'figures':
        return this.figures(block.rows);
      case 'table':
        return this.table(block);
    }
  }

  private list(items: string[]): void {
    this.size(this.sizes.body);
    const indent = this.sizes.body * 1.2;
    const options = { width: this.width - indent, lineGap: 2 };
    for (const item of items) {
      this.keep(this.heightOf(item, 'regular', options));
      const top = this.doc.y;
      this.write('•', 'regular', this.left, top, { width: indent });
      this.write(item, 'regular', this.left + indent, top, options);
      this.doc.moveDown(0.2);
    }
    this.doc.moveDown(0.3);
  }

  /** Label on the left, value right-aligned on the same line; totals in bold. A short block stays on one page. */
  private figures(rows: FigureRow[]): void {
    const labelWidth = Math.floor(this.width / 2);
    const valueWidth = this.width - labelWidth - this.sizes.gap;
    this.size(this.sizes.body);
    const laidOut = rows.map((row) => {
      const weight: FontWeight = row.total ? 'bold' : 'regular';
      const height = Math.max(
        this.heightOf(row.label, weight, { width: labelWidth }),
        this.heightOf(row.value, weight, { width: valueWidth }),
      );
      return { ...row, weight, height };
    });
    const blockHeight = laidOut.reduce((sum, row) => sum + row.height + this.sizes.gap / 2, 0);
    if (blockHeight < (this.bottom - this.doc.page.margins.top) / 3) this.keep(blockHeight);
    for (const row of laidOut) {
      this.keep(row.height);
      const top = this.doc.y;
      this.write(row.label, row.weight, this.left, top, { width: labelWidth });
      const labelBottom = this.doc.y;
      this.write(row.value, row.weight, this.left + labelWidth + this.sizes.gap, top, {
        width: valueWidth,
        align: 'right',
      });
      // The row ends below the taller of its two cells, as drawn.
      this.doc.y = Math.max(labelBottom, this.doc.y, top + row.height) + this.sizes.gap / 2;
    }
    this.doc.moveDown(0.5);
  }

  /**
   * A table as one short block per row (its first cell as a heading, then each other cell as a
   * labelled figure): it reads in order and stays legible in large print, where columns would not fit.
   */
  private table(block: Extract<StatementBlock, { type: 'table' }>): void {
    if (block.rows.length === 0) return this.paragraph('Nothing to show.');
    for (const row of block.rows) {
      this.heading(row[0], this.sizes.body);
      this.figures(
        row
          .slice(1)
          .map((value, index) => ({ label: block.columns[index + 1], value }))
          .filter((figure) => figure.value !== ''),
      );
    }
  }

  /** "Page n of m" at the foot of every page, in body size, inside the bottom margin. */
  pageNumbers(): void {
    const { start, count } = this.doc.bufferedPageRange();
    for (let index = start; index < start + count; index++) {
      this.doc.switchToPage(index);
      const margin = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.size(this.sizes.body);
      this.write(
        `Page ${index + 1} of ${count}`,
        'regular',
        this.left,
        this.doc.page.height - margin / 2 - this.sizes.body / 2,
        {
          width: this.width,
          align: 'center',
          lineBreak: false,
        },
      );
      this.doc.page.margins.bottom = margin;
    }
  }
}
