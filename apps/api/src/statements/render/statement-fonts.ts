import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkit';

export const FONT_WEIGHTS = ['regular', 'bold'] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

/** One typeface the PDF embeds, in a regular and a bold weight, read from its npm font package. */
export interface FontFace {
  readonly name: string;
  /** Arabic script: shaped and laid out right to left as a whole run. */
  readonly rightToLeft: boolean;
  /** The font file of a weight, read once per process; pdfkit embeds only the glyphs a statement uses. */
  file(weight: FontWeight): Buffer;
  hasGlyph(codePoint: number): boolean;
}

/** A Google Fonts family packaged by Expo: `<weight folder>/<Family>_<weight folder>.ttf`. */
const googleFont = (slug: string, family: string) => (weight: FontWeight) => {
  const folder = weight === 'bold' ? '700Bold' : '400Regular';
  return require.resolve(`@expo-google-fonts/${slug}/${folder}/${family}_${folder}.ttf`);
};

/**
 * Noto Naskh Arabic as packaged for PDF embedding: its glyphs are whole letters (the current Google
 * Fonts release draws a letter as a dotless shape plus separate dots, which copies out of a PDF as
 * stray control characters), so the text read back from the PDF is the text written.
 */
const naskhArabic = (weight: FontWeight) =>
  join(
    dirname(require.resolve('@embedpdf/fonts-arabic')),
    '..',
    'fonts',
    `NotoNaskhArabic-${weight === 'bold' ? 'Bold' : 'Regular'}.ttf`,
  );

function face(name: string, path: (weight: FontWeight) => string, rightToLeft = false): FontFace {
  const files = new Map<FontWeight, Buffer>();
  let coverage: Font | undefined;
  const file = (weight: FontWeight) => {
    let buffer = files.get(weight);
    if (!buffer) files.set(weight, (buffer = readFileSync(path(weight))));
    return buffer;
  };
  return {
    name,
    rightToLeft,
    file,
    hasGlyph(codePoint) {
      coverage ??= create(file('regular')) as Font;
      return coverage.hasGlyphForCodePoint(codePoint);
    },
  };
}

/** Latin (Welsh, Polish and the other European languages), Greek and Cyrillic. */
export const LATIN = face('NotoSans', googleFont('noto-sans', 'NotoSans'));
export const EMOJI = face('NotoEmoji', googleFont('noto-emoji', 'NotoEmoji'));

/**
 * The faces in the order they are tried for a character no earlier face can draw: Latin, Arabic
 * script (Arabic, Urdu, Farsi, Pashto), Bengali, Devanagari (Hindi), Gurmukhi (Punjabi), Gujarati,
 * Tamil, Ethiopic (Tigrinya, Amharic), Chinese and then monochrome emoji.
 */
export const FONT_FACES: readonly FontFace[] = [
  LATIN,
  face('NotoNaskhArabic', naskhArabic, true),
  face('NotoSansBengali', googleFont('noto-sans-bengali', 'NotoSansBengali')),
  face('NotoSansDevanagari', googleFont('noto-sans-devanagari', 'NotoSansDevanagari')),
  face('NotoSansGurmukhi', googleFont('noto-sans-gurmukhi', 'NotoSansGurmukhi')),
  face('NotoSansGujarati', googleFont('noto-sans-gujarati', 'NotoSansGujarati')),
  face('NotoSansTamil', googleFont('noto-sans-tamil', 'NotoSansTamil')),
  face('NotoSansEthiopic', googleFont('noto-sans-ethiopic', 'NotoSansEthiopic')),
  face('NotoSansSC', googleFont('noto-sans-sc', 'NotoSansSC')),
  EMOJI,
];
