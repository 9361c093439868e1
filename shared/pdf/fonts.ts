import { Font } from "@react-pdf/renderer";
import { FONT } from "./styles";

/**
 * Fonts tried, in this order, for a character Noto Sans has no glyph for:
 * arrows and maths signs (→, ≥), dingbats (✓, ✗), Japanese, Korean and
 * Chinese, then emoji. Without them react-pdf prints such a character as a
 * zero-width mark over the next word, silently changing what a signed
 * document says.
 */
export const FALLBACKS = ["math", "symbols", "japanese", "korean", "chinese", "emoji"] as const;
export type FallbackFont = (typeof FALLBACKS)[number];

export interface FallbackFiles {
  regular: string;
  bold: string;
}

/**
 * Where the font files are: file paths in Node, asset URLs in the browser.
 * Noto Sans covers Latin, Greek and Cyrillic with every accent (Łódź,
 * Ærøskøbing); the fallbacks cover the rest people type into a charter.
 */
export interface CharterFonts {
  regular: string;
  italic: string;
  semiBold: string;
  bold: string;
  fallbacks: Record<FallbackFont, FallbackFiles>;
}

export const fallbackFamily = (font: FallbackFont) => `Accord fallback ${font}`;

let registered: string | null = null;

/**
 * react-pdf keeps fonts in one global registry; registering the same files
 * again would only add work. Registering reads no file: react-pdf loads a
 * family only when a page names it, so the large CJK files are read only for
 * a charter whose text needs them (see fontsFor).
 */
export function registerCharterFonts(fonts: CharterFonts): void {
  const key = JSON.stringify(fonts);
  if (registered === key) return;
  Font.register({
    family: FONT,
    fonts: [
      { src: fonts.regular, fontWeight: 400 },
      { src: fonts.italic, fontWeight: 400, fontStyle: "italic" },
      { src: fonts.semiBold, fontWeight: 600 },
      { src: fonts.bold, fontWeight: 700 },
    ],
  });
  // A fallback must answer every weight and style the page asks of Noto Sans, or react-pdf refuses the family.
  for (const font of FALLBACKS) {
    const { regular, bold } = fonts.fallbacks[font];
    Font.register({
      family: fallbackFamily(font),
      fonts: [
        { src: regular, fontWeight: 400 },
        { src: regular, fontWeight: 400, fontStyle: "italic" },
        { src: bold, fontWeight: 700 },
        { src: bold, fontWeight: 700, fontStyle: "italic" },
      ],
    });
  }
  // Hyphenating names reads badly, and a hash must copy whole; only other very long tokens (URLs) may break.
  Font.registerHyphenationCallback((word) =>
    word.length > 28 && !word.startsWith("sha256:") ? (word.match(/.{1,14}/gu) ?? [word]) : [word],
  );
  registered = key;
}
