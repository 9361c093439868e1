/**
 * Half of a surrogate pair ("\ud800" in JSON) is no character at all: it
 * cannot be hashed canonically, drawn in a PDF, or shown. Every document and
 * charter reader refuses it; String.prototype.isWellFormed says the same but
 * is not in our ES2023 lib.
 */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const hasBrokenText = (text: string): boolean => {
  // String.prototype.isWellFormed, in every engine Accord runs on, skips a long text many times faster than the pattern.
  const native = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return native ? !native.call(text) : LONE_SURROGATE.test(text);
};

/**
 * Characters that change how text reads without being seen: C0 controls but
 * tab, line feed and carriage return; DEL and the C1 controls; bidi
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which
 * can make "Charter<U+202E>fdp.exe" show as "Charterexe.pdf" in a file name,
 * a PDF's metadata or a CRM. Marks that only hint direction (U+200E, U+200F)
 * and joiners (emoji, Persian) are kept: they cannot reorder what follows.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const INVISIBLE_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** The invisible characters and every surrogate, whole pairs included: what the two checks look at, in one class. */
const SURROGATE_OR_INVISIBLE = new RegExp(`[${INVISIBLE.source.slice(1, -1)}\\uD800-\\uDFFF]`);

/** False when the text holds no surrogate and no invisible character: then it is whole and visible, in one scan. */
export const mayBeBrokenOrInvisible = (text: string): boolean => SURROGATE_OR_INVISIBLE.test(text);

/** In a JSON text, the escapes that may stand for an invisible character or half a surrogate pair. */
const SUSPECT_ESCAPES = ["\\u", "\\b", "\\f"];

/**
 * True when every string JSON.parse makes of this JSON text is whole and
 * visible, known from one scan of the text rather than one per string:
 * JSON refuses a raw control character inside a string, so one could only
 * come as an escape, and a broken character raw or escaped. The wider
 * characters a workshop holds (é, ’, emoji) pass. False says only "check
 * each string".
 */
export function jsonTextsWholeAndVisible(json: string): boolean {
  // indexOf, not a regular expression: it skips through the text several times faster.
  return !INVISIBLE.test(json) && SUSPECT_ESCAPES.every((e) => !json.includes(e)) && !hasBrokenText(json);
}

const NAMES: Record<number, string> = {
  0: "null",
  27: "escape",
  127: "delete",
  8234: "left-to-right embedding",
  8235: "right-to-left embedding",
  8236: "pop directional formatting",
  8237: "left-to-right override",
  8238: "right-to-left override",
  8294: "left-to-right isolate",
  8295: "right-to-left isolate",
  8296: "first strong isolate",
  8297: "pop directional isolate",
};

/** "U+202E (right-to-left override)". */
export function describeCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return `${hex} (${NAMES[code] ?? "a control character"})`;
}

/** The first invisible control character in the text and where it is (counted in characters from 1), or null. */
export function invisibleIn(text: string): { char: string; at: number } | null {
  const found = INVISIBLE.exec(text);
  return found ? { char: found[0], at: [...text.slice(0, found.index)].length + 1 } : null;
}

/** The text without its invisible control characters, and which ones went. */
export function withoutInvisible(text: string): { text: string; removed: string[] } {
  const removed = text.match(INVISIBLE_ALL) ?? [];
  return removed.length === 0 ? { text, removed: [] } : { text: text.replace(INVISIBLE_ALL, ""), removed };
}

/** The schemas' message for a text holding one. */
export function invisibleProblem(text: string): string | null {
  const found = invisibleIn(text);
  if (!found) return null;
  return `must not hold ${describeCharacter(found.char)}, an invisible character that makes text read differently than it is stored (character ${found.at})`;
}

/**
 * The value with every string in it, keys included, without invisible
 * control characters; the very same value (and parts) where none held one.
 * What went is added to `removed`.
 */
export function withoutInvisibleDeep<T>(value: T, removed: string[] = []): T {
  if (typeof value === "string") {
    const cleaned = withoutInvisible(value);
    removed.push(...cleaned.removed);
    return cleaned.text as T;
  }
  if (Array.isArray(value)) {
    const out = value.map((item) => withoutInvisibleDeep(item, removed));
    return (out.some((item, i) => item !== value[i]) ? out : value) as T;
  }
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value);
  const out = entries.map(([key, item]) => [withoutInvisibleDeep(key, removed), withoutInvisibleDeep(item, removed)]);
  const changed = out.some(([key, item], i) => key !== entries[i]?.[0] || item !== entries[i]?.[1]);
  return (changed ? Object.fromEntries(out) : value) as T;
}

/**
 * Length limits count characters (Unicode code points), as JSON Schema's
 * maxLength and every other language's strings do, so "500 characters"
 * means the same in the schema, in Accord and in an importer's code; an
 * emoji is one character, not two UTF-16 units.
 */
export function characterCount(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/** Whether a text is within a limit of characters; cheap for the common case of far fewer units than the limit. */
export const withinCharacters = (text: string, max: number): boolean =>
  text.length <= max || characterCount(text) <= max;
