import { childPath } from "../workshop/json-path";
import type { Problem, Result } from "../workshop/result";
import { refuse } from "../workshop/result";
import { hasBrokenText } from "../workshop/text";
import { lineAndColumn, locateJsonError } from "./json-error";

/**
 * The first steps of reading any file a user picked: its size, a byte-order
 * mark, emptiness and JSON syntax, each refused with where it goes wrong.
 */
export function readJsonText(text: string, maxBytes: number): Result<unknown> {
  // Every UTF-16 code unit is one to three UTF-8 bytes, so only a file near the limit needs counting.
  const bytes = text.length * 3 > maxBytes ? utf8Length(text) : 0;
  if (bytes > maxBytes) return { ok: false, problems: [tooLarge(bytes, maxBytes)] };
  // Some Windows editors start UTF-8 files with a byte-order mark, which JSON.parse rejects.
  const json = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (json.trim() === "") return refuse("$", "is empty");
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch {
    const error = locateJsonError(json);
    if (error === null) return refuse("$", "is not valid JSON");
    const { line, column } = lineAndColumn(json, error.index);
    const where = `line ${line}, column ${column}`;
    return error.index >= json.length
      ? refuse("$", `is not valid JSON: it ends too early, at ${where}; it may be cut short`)
      : refuse("$", `is not valid JSON: unexpected ${error.found} at ${where}`);
  }
}

/**
 * How many bytes `text` takes in UTF-8 (a lone surrogate as U+FFFD, as
 * TextEncoder writes it): one per character, plus what the characters past
 * ASCII add, found in runs by a regular expression that skips ASCII several
 * times faster than an encoder goes through it (a 20 MB backup was counted
 * in 25 ms by TextEncoder, half of its whole import).
 */
export function utf8Length(text: string): number {
  const beyondAscii = /[\u0080-\uffff]+/g;
  let bytes = text.length;
  for (let run = beyondAscii.exec(text); run !== null; run = beyondAscii.exec(text)) {
    const units = run[0];
    for (let i = 0; i < units.length; i++) {
      const unit = units.charCodeAt(i);
      if (unit < 0x800) bytes += 1;
      else if (isHighSurrogate(unit) && isLowSurrogate(units.charCodeAt(i + 1))) {
        bytes += 2; // four bytes for the pair's two units
        i++;
      } else bytes += 2; // three bytes: a character up to U+FFFF, or a lone surrogate written as U+FFFD
    }
  }
  return bytes;
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** The refusal of a file past the limit, the same wherever its size is first known (its bytes, or the disk). */
export function tooLarge(bytes: number, maxBytes: number): Problem {
  const [size, limit] = sizesApart(bytes, maxBytes);
  return { path: "$", message: `is ${size}; the largest file Accord opens is ${limit}` };
}

/** Binary units, named as such: Accord's 50 MiB limit is 52,428,800 bytes, not 50,000,000. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} bytes`;
}

/** A size and a limit that read apart: exact bytes when rounding would show the same figure for both. */
export function sizesApart(bytes: number, limitBytes: number): [string, string] {
  const [size, limit] = [formatSize(bytes), formatSize(limitBytes)];
  if (size !== limit) return [size, limit];
  const exact = (n: number) => `${n.toLocaleString("en-US")} bytes`;
  return [exact(bytes), `${exact(limitBytes)} (${limit})`];
}

/**
 * JSON can carry half of a surrogate pair ("\ud800"), which is no character
 * at all: it cannot be hashed canonically nor shown. Iterative, like
 * checkUntrusted, and run after it (so depth is already bounded).
 */

export function findBrokenText(value: unknown, root = "$"): Problem | null {
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0) {
    const [item, path] = stack.pop() as [unknown, string];
    if (typeof item === "string") {
      if (hasBrokenText(item)) return { path, message: "holds a broken character (half of a surrogate pair)" };
    } else if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push([item[i], childPath(path, i)]);
    } else if (typeof item === "object" && item !== null) {
      const keys = Object.keys(item);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        if (hasBrokenText(key))
          return { path, message: "has a key with a broken character (half of a surrogate pair)" };
        stack.push([(item as Record<string, unknown>)[key], childPath(path, key)]);
      }
    }
  }
  return null;
}
