import { ok, type Result, refuse } from "../workshop/result";

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * A file's bytes as text, refusing any byte that is not UTF-8. A lenient
 * decoder turns such a byte into U+FFFD, so the hash would cover text that
 * is not in the file. A byte-order mark is kept here (ignoreBOM) and
 * skipped by the JSON reader, so every reader sees the same text.
 */
export function decodeUtf8(bytes: Uint8Array): Result<string> {
  try {
    return ok(strict.decode(bytes));
  } catch {
    const at = firstInvalidByte(bytes);
    const shown = `0x${(bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, "0")}`;
    return refuse(
      "$",
      `is not UTF-8 text: the byte ${shown} at byte offset ${at} (counted from 0) begins no valid character`,
    );
  }
}

/** Where the first ill-formed sequence starts, or the length when there is none (RFC 3629: no overlongs, no surrogates, nothing past U+10FFFF). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const [length, low, high] =
      b >= 0xc2 && b <= 0xdf
        ? [2, 0x80, 0xbf]
        : b === 0xe0
          ? [3, 0xa0, 0xbf]
          : b === 0xed
            ? [3, 0x80, 0x9f]
            : b >= 0xe1 && b <= 0xef
              ? [3, 0x80, 0xbf]
              : b === 0xf0
                ? [4, 0x90, 0xbf]
                : b === 0xf4
                  ? [4, 0x80, 0x8f]
                  : b >= 0xf1 && b <= 0xf3
                    ? [4, 0x80, 0xbf]
                    : [0, 0, 0];
    if (length === 0) return i;
    if (i + length > bytes.length) return i;
    const second = bytes[i + 1] as number;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k] as number;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return bytes.length;
}
