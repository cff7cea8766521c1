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
  /**
   * A weight for one statement; pdfkit embeds only the glyphs it uses. The font file is read and
   * its tables parsed once per process (parsing them took most of a statement's render time);
   * each statement gets its own glyph cache, because fontkit keeps the letters of a glyph from the
   * first time it was asked for it, and a glyph first reached while embedding another statement's
   * subset has none, so its text would copy out as a control character.
   */
  forStatement(weight: FontWeight): Font;
  hasGlyph(codePoint: number): boolean;
  /** The height above the baseline, in ems. */
  readonly ascender: number;
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
  const parsed = new Map<FontWeight, Font>();
  const font = (weight: FontWeight) => {
    let loaded = parsed.get(weight);
    if (!loaded) parsed.set(weight, (loaded = create(readFileSync(path(weight))) as Font));
    return loaded;
  };
  return {
    name,
    rightToLeft,
    forStatement: (weight) => Object.create(font(weight), { _glyphs: { value: {} } }) as Font,
    hasGlyph: (codePoint) => font('regular').hasGlyphForCodePoint(codePoint),
    get ascender() {
      return font('regular').ascent / font('regular').unitsPerEm;
    },
  };
}

/** Latin (Welsh, Polish and the other European languages), Greek and Cyrillic. */
export const LATIN = face('NotoSans', googleFont('noto-sans', 'NotoSans'));
export const EMOJI = face('NotoEmoji', googleFont('noto-emoji', 'NotoEmoji'));

/**
 * The faces in the order they are tried for a character no earlier face can draw: Latin, Arabic
 * script (Arabic, Urdu, Farsi, Pashto), Bengali, Devanagari (Hindi), Ethiopic (Tigrinya, Amharic),
 * Chinese and then monochrome emoji. Noto Sans Gurmukhi, Gujarati and Tamil are left out: fontkit's
 * mark positioning fails on common syllables in them (ਪੰਜਾਬੀ), which would make the statement fail.
 */
export const FONT_FACES: readonly FontFace[] = [
  LATIN,
  face('NotoNaskhArabic', naskhArabic, true),
  face('NotoSansBengali', googleFont('noto-sans-bengali', 'NotoSansBengali')),
  face('NotoSansDevanagari', googleFont('noto-sans-devanagari', 'NotoSansDevanagari')),
  face('NotoSansEthiopic', googleFont('noto-sans-ethiopic', 'NotoSansEthiopic')),
  face('NotoSansSC', googleFont('noto-sans-sc', 'NotoSansSC')),
  EMOJI,
];
