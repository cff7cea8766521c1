import { execFile } from 'node:child_process';

/**
 * Runs a module against a PDF with pdf.js (through unpdf) and gives what it prints. pdf.js is an ES
 * module that loads itself with a dynamic import, which Jest's CommonJS sandbox refuses, so it runs
 * in its own Node process.
 */
export function readPdf(pdf: Buffer, read: string): Promise<string> {
  const script = `
    import { extractText, getDocumentProxy } from 'unpdf';
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    const pdf = await getDocumentProxy(new Uint8Array(Buffer.concat(chunks)));
    ${read}
  `;
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--input-type=module', '-e', script],
      { cwd: __dirname, maxBuffer: 64 * 1024 * 1024 },
      (error, output) => (error ? reject(error) : resolve(output)),
    );
    child.stdin?.end(pdf);
  });
}

/** The text, one line per line of the page; right-to-left text comes back in reading order. */
export const pdfText = (pdf: Buffer) =>
  readPdf(pdf, 'process.stdout.write((await extractText(pdf, { mergePages: true })).text);');
