/** The characters of Windows-1252 above Latin-1's control range that the standard PDF fonts can show. */
const WINDOWS_1252_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const inWinAnsi = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WINDOWS_1252_EXTRAS.has(char);
};

/**
 * Text the PDF's standard fonts (WinAnsi encoding) can show: accents they lack are dropped (ł has
 * none to drop, so it becomes ?), and anything else outside the encoding becomes `?` rather than
 * garbage. A statement in another script needs an embedded Unicode font instead.
 */
export function toWinAnsi(text: string): string {
  let shown = '';
  for (const char of text.replace(/\r\n?|\n|\t/g, ' ')) {
    if (inWinAnsi(char)) {
      shown += char;
      continue;
    }
    const base = char.normalize('NFD').replace(/\p{M}+/gu, '');
    shown += base.length > 0 && [...base].every(inWinAnsi) ? base : '?';
  }
  return shown;
}
