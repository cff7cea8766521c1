import PDFDocument from 'pdfkit';
import { type FigureRow, statementContent, type StatementBlock } from './statement-content';
import type { RenderOptions, StatementView } from './statement-view';
import { toWinAnsi } from './win-ansi';

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

const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';

/**
 * The statement as an A4 PDF in the standard Helvetica fonts (nothing to embed or fetch), with the
 * same words and figures as the HTML. Its creation date is the issue date, so a statement renders
 * the same every time.
 */
export function renderStatementPdf(statement: StatementView, options: PdfRenderOptions): Promise<Buffer> {
  const content = statementContent(statement);
  const sizes = options.largePrint ? SIZES.large : SIZES.standard;
  const doc = new PDFDocument({
    size: 'A4',
    margin: sizes.margin,
    compress: options.compress ?? true,
    bufferPages: true,
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: toWinAnsi(content.title),
      Subject: options.largePrint ? 'Large print' : 'Standard print',
      Creator: 'IPC pathway engine',
      CreationDate: issueInstant(statement.issuedOn),
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

  heading(text: string, size: number): void {
    const shown = toWinAnsi(text);
    this.doc.font(BOLD).fontSize(size);
    // A heading stays with at least two lines of what follows it.
    this.keep(this.doc.heightOfString(shown, { width: this.width }) + this.sizes.body * 3);
    this.doc.moveDown(0.4).text(shown, this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3);
  }

  paragraph(text: string): void {
    this.doc.font(REGULAR).fontSize(this.sizes.body);
    this.doc.text(toWinAnsi(text), this.left, this.doc.y, { width: this.width, lineGap: 2 });
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
    this.doc.font(REGULAR).fontSize(this.sizes.body);
    const indent = this.sizes.body * 1.2;
    for (const item of items) {
      const shown = toWinAnsi(item);
      this.keep(this.doc.heightOfString(shown, { width: this.width - indent }));
      const top = this.doc.y;
      this.doc.text('•', this.left, top, { width: indent });
      this.doc.text(shown, this.left + indent, top, { width: this.width - indent, lineGap: 2 });
      this.doc.moveDown(0.2);
    }
    this.doc.moveDown(0.3);
  }

  /** Label on the left, value right-aligned on the same line; totals in bold. A short block stays on one page. */
  private figures(rows: FigureRow[]): void {
    const labelWidth = Math.floor(this.width / 2);
    const valueWidth = this.width - labelWidth - this.sizes.gap;
    const laidOut = rows.map((row) => {
      const label = toWinAnsi(row.label);
      const value = toWinAnsi(row.value);
      this.doc.font(row.total ? BOLD : REGULAR).fontSize(this.sizes.body);
      const height = Math.max(
        this.doc.heightOfString(label, { width: labelWidth }),
        this.doc.heightOfString(value, { width: valueWidth }),
      );
      return { label, value, total: row.total, height };
    });
    const blockHeight = laidOut.reduce((sum, row) => sum + row.height + this.sizes.gap / 2, 0);
    if (blockHeight < (this.bottom - this.doc.page.margins.top) / 3) this.keep(blockHeight);
    for (const row of laidOut) {
      this.keep(row.height);
      this.doc.font(row.total ? BOLD : REGULAR).fontSize(this.sizes.body);
      const top = this.doc.y;
      this.doc.text(row.label, this.left, top, { width: labelWidth });
      this.doc.text(row.value, this.left + labelWidth + this.sizes.gap, top, { width: valueWidth, align: 'right' });
      this.doc.y = top + row.height + this.sizes.gap / 2;
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
      this.doc
        .font(REGULAR)
        .fontSize(this.sizes.body)
        .text(`Page ${index + 1} of ${count}`, this.left, this.doc.page.height - margin / 2 - this.sizes.body / 2, {
          width: this.width,
          align: 'center',
          lineBreak: false,
        });
      this.doc.page.margins.bottom = margin;
    }
  }
}
