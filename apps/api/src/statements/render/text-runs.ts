import bidiFactory from 'bidi-js';
import { EMOJI, FONT_FACES, type FontFace, LATIN } from './statement-fonts';

/** A piece of one line of text drawn in one face. */
export interface TextRun {
  text: string;
  face: FontFace;
}

const bidi = bidiFactory();
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** Spaces, digits, punctuation and combining marks: drawn in the face of the text around them. */
const SHARED = /[\p{Script=Common}\p{Script=Inherited}]/u;
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}/u;
/** What joins or modifies an emoji (zero-width joiner, variation selector, keycap, skin tone, flag tag): stays in the emoji face, unlike a space after an emoji. */
const EMOJI_JOINER = /^(?:\u200D|\uFE0F|\u20E3|\p{Emoji_Modifier}|[\u{E0020}-\u{E007F}])$/u;
/** What no embedded face can draw: shown as the replacement character rather than an empty box. */
const REPLACEMENT = '\uFFFD';

const firstFaceWith = new Map<number, FontFace | undefined>();

function faceFor(codePoint: number, char: string, previous: FontFace | undefined): FontFace | undefined {
  if (EMOJI_PRESENTATION.test(char) && EMOJI.hasGlyph(codePoint)) return EMOJI;
  const staysInPrevious = previous === EMOJI ? EMOJI_JOINER.test(char) : SHARED.test(char);
  if (previous && staysInPrevious && previous.hasGlyph(codePoint)) return previous;
  if (!firstFaceWith.has(codePoint)) {
    firstFaceWith.set(
      codePoint,
      FONT_FACES.find((face) => face.hasGlyph(codePoint)),
    );
  }
  return firstFaceWith.get(codePoint);
}

interface LevelledRun extends TextRun {
  level: number;
}

/**
 * The text as runs of one face, left to right as they are drawn. Each face is chosen by what it can
 * draw, so a Welsh, Urdu or Chinese name in an English sentence keeps its letters. Right-to-left
 * text follows the Unicode bidirectional algorithm in a left-to-right statement: the runs are put in
 * display order here, while an Arabic-script run stays in reading order because the font shaper
 * joins its letters and turns it around; other right-to-left runs (neutral marks between Arabic
 * words in another face, an emoji) are turned around here, mirrored where needed.
 */
export function textRuns(text: string): TextRun[] {
  const line = text.replace(/\r\n?|\n|\t/g, ' ');
  const { levels } = bidi.getEmbeddingLevels(line, 'ltr');
  const runs: LevelledRun[] = [];
  let previous: FontFace | undefined;
  for (let index = 0; index < line.length;) {
    const codePoint = line.codePointAt(index) ?? 0;
    const char = String.fromCodePoint(codePoint);
    const face = faceFor(codePoint, char, previous);
    const shown = face ? char : REPLACEMENT;
    const drawnIn = face ?? LATIN;
    const level = levels[index];
    const last = runs.at(-1);
    if (last?.face === drawnIn && last.level === level) last.text += shown;
    else runs.push({ text: shown, face: drawnIn, level });
    previous = drawnIn;
    index += char.length;
  }
  return displayOrder(runs).map(({ text: runText, face, level }) => ({
    face,
    text: level % 2 === 1 && !face.rightToLeft ? reversed(runText) : runText,
  }));
}

/** Rule L2 of the bidirectional algorithm applied to whole runs: reverse each sequence at level n or above, from the highest level down to the lowest odd one. */
function displayOrder(runs: LevelledRun[]): LevelledRun[] {
  const ordered = [...runs];
  const oddLevels = runs.map((run) => run.level).filter((level) => level % 2 === 1);
  if (oddLevels.length === 0) return ordered;
  const highest = Math.max(...runs.map((run) => run.level));
  for (let level = highest; level >= Math.min(...oddLevels); level--) {
    for (let start = 0; start < ordered.length;) {
      if (ordered[start].level < level) {
        start++;
        continue;
      }
      let end = start;
      while (end < ordered.length && ordered[end].level >= level) end++;
      ordered.splice(start, end - start, ...ordered.slice(start, end).reverse());
      start = end;
    }
  }
  return ordered;
}

/** Right-to-left text in a face without its own right-to-left layout: whole characters reversed, brackets mirrored. */
function reversed(text: string): string {
  return [...graphemes.segment(text)]
    .map(({ segment }) => bidi.getMirroredCharacter(segment) ?? segment)
    .reverse()
    .join('');
}
