export { formatBasisPoints, formatPence } from './money';
export { renderStatementHtml } from './statement-html';
export { type PdfRenderOptions, renderStatementPdf } from './statement-pdf';
export type * from './statement-view';
