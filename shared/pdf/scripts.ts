import type { CharterFile } from "../charter/format";
import { FALLBACKS, type FallbackFont, fallbackFamily } from "./fonts";
import { FONT } from "./styles";

/**
 * Which fallback fonts a charter's text needs, by Unicode block. Han
 * characters are drawn by the Japanese or Korean font when the text also
 * has kana or hangul (the same character is shaped differently in each),
 * otherwise by the Chinese one, which is also loaded for any Han text to
 * catch what the other two lack.
 */
const NEEDS: Record<FallbackFont, RegExp> = {
  math: /[\u2190-\u23ff\u2900-\u2bff\u{1d400}-\u{1d7ff}]/u,
  symbols: /[\u2460-\u27bf\u2b00-\u2bff\u{1f100}-\u{1f1ff}]/u,
  japanese: /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/u,
  korean: /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff]/u,
  chinese:
    /[\u2e80-\u2fdf\u3000-\u303f\u3190-\u31ef\u3200-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3134f}]/u,
  emoji: /[\u2600-\u27bf\u2b00-\u2bff\u{1f000}-\u{1faff}]|\ufe0f/u,
};

/** Every piece of text the PDF may print from the file; images and hashes hold none of these characters. */
function textOf(file: CharterFile): string {
  const parts: string[] = [];
  const walk = (value: unknown, key: string): void => {
    if (typeof value === "string") {
      if (key !== "image") parts.push(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
    } else if (typeof value === "object" && value !== null) {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(file, "");
  return parts.join("\n");
}

/** In FALLBACKS' order, so a Han character in a Japanese or Korean text is drawn by that text's font first. */
export function fallbacksFor(text: string): FallbackFont[] {
  return FALLBACKS.filter((font) => NEEDS[font].test(text));
}

/**
 * The font families a page names for this charter: Noto Sans, then only the
 * fallbacks its text needs (the previous version's too: its words appear on
 * the "what changed" page).
 */
export function fontsFor(file: CharterFile, previous?: CharterFile): string[] {
  // The "what changed" page writes its own arrows ("24 hours → 4 hours"), which Noto Sans lacks.
  const text = previous ? `${textOf(file)}\n${textOf(previous)}\n→` : textOf(file);
  return [FONT, ...fallbacksFor(text).map(fallbackFamily)];
}
