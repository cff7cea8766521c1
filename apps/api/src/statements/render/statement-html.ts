import { statementContent, type StatementBlock } from './statement-content';
import { LARGE_PRINT_STYLESHEET, STANDARD_STYLESHEET } from './statement-styles';
import type { RenderOptions, StatementView } from './statement-view';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]);

/** The statement as a complete, self-contained HTML page (styles inline, nothing fetched). */
export function renderStatementHtml(statement: StatementView, { largePrint }: RenderOptions): string {
  const document = statementContent(statement);
  const sections = document.sections.map(
    (section, index) =>
      `<section aria-labelledby="section-${index + 1}">\n<h2 id="section-${index + 1}">${escapeHtml(section.heading)}</h2>\n` +
      `${section.blocks.map(renderBlock).join('\n')}\n</section>`,
  );
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>${largePrint ? LARGE_PRINT_STYLESHEET : STANDARD_STYLESHEET}</style>`,
    '</head>',
    `<body class="statement${largePrint ? ' large-print' : ''}">`,
    '<main>',
    `<h1>${escapeHtml(document.title)}</h1>`,
    `<p class="intro">${escapeHtml(document.intro)}</p>`,
    ...sections,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderBlock(block: StatementBlock): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'subheading':
      return `<h3>${escapeHtml(block.text)}</h3>`;
    case 'list':
      return `<ul>\n${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`;
    case 'figures':
      return (
        '<table class="figures">\n<tbody>\n' +
        block.rows
          .map(
            (row) =>
              `<tr${row.total ? ' class="total"' : ''}><th scope="row">${escapeHtml(row.label)}</th>` +
              `<td class="num">${escapeHtml(row.value)}</td></tr>`,
          )
          .join('\n') +
        '\n</tbody>\n</table>'
      );
    case 'table': {
      const cell = (text: string, column: number) =>
        `<td${block.numeric[column] ? ' class="num"' : ''}>${escapeHtml(text)}</td>`;
      const head = block.columns
        .map(
          (column, index) => `<th scope="col"${block.numeric[index] ? ' class="num"' : ''}>${escapeHtml(column)}</th>`,
        )
        .join('');
      const body = block.rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('\n');
      return `<table>\n<caption>${escapeHtml(block.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
    }
  }
}
