import { Font } from "@react-pdf/renderer";
import { FONT } from "./styles";

/**
 * Where the Noto Sans files are: file paths in Node, asset URLs in the
 * browser. Noto covers Latin, Greek and Cyrillic with every accent
 * (Łódź, Ærøskøbing), which react-pdf's built-in Helvetica does not.
 */
export interface CharterFonts {
  regular: string;
  italic: string;
  semiBold: string;
  bold: string;
  /**
   * Optional: a font with arrows and maths signs (e.g. Noto Sans Math), tried
   * where Noto Sans has no glyph. Without it those few characters are spelled
   * out (see printable.ts).
   */
  symbols?: string;
}

export const SYMBOLS_FONT = "Accord Symbols";

let registered: string | null = null;

/** react-pdf keeps fonts in one global registry; registering the same files again would only add work. */
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
  if (fonts.symbols) Font.register({ family: SYMBOLS_FONT, src: fonts.symbols });
  // Hyphenating names reads badly, and a hash must copy whole; only other very long tokens (URLs) may break.
  Font.registerHyphenationCallback((word) =>
    word.length > 28 && !word.startsWith("sha256:") ? (word.match(/.{1,14}/gu) ?? [word]) : [word],
  );
  registered = key;
}
