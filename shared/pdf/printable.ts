import type { CharterFile } from "../charter/format";

/**
 * Characters people type into charters ("MQL → SAL", "≥ 90%") that Noto Sans
 * has no glyph for: react-pdf would print them as a stray mark, silently
 * changing what a signed document says. They are spelled out instead. The
 * JSON keeps the original text; a symbol font (CharterFonts.symbols) makes
 * this unnecessary.
 */
const SPELLED: Record<string, string> = {
  "→": "->",
  "←": "<-",
  "↔": "<->",
  "⇒": "=>",
  "⇐": "<=",
  "≥": ">=",
  "≤": "<=",
  "≠": "!=",
  "≈": "~",
  "✓": "(yes)",
  "✔": "(yes)",
  "✗": "(no)",
  "✘": "(no)",
};
const MISSING = new RegExp(`[${Object.keys(SPELLED).join("")}]`, "gu");

export function printable(text: string): string {
  return text.replace(MISSING, (c) => SPELLED[c] ?? c);
}

/** Every string in the file, spelled out for the font; ids and hashes contain none of these characters. */
export function printableFile(file: CharterFile): CharterFile {
  const walk = (value: unknown): unknown => {
    if (typeof value === "string") return printable(value);
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value === "object" && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === "image" ? v : walk(v)]));
    }
    return value;
  };
  return walk(file) as CharterFile;
}
