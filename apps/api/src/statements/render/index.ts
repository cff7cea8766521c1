export { formatBasisPoints, formatPence } from './money';
export { renderStatementHtml } from './statement-html';
export { type PdfRenderOptions, renderDocumentPdf, renderStatementPdf } from './statement-pdf';
export type { FigureRow, StatementBlock, StatementDocument, StatementSection } from './statement-content';
export type * from './statement-view';
