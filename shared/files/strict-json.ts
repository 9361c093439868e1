import { type JSONPath, visit } from "jsonc-parser";
import { jsonPath } from "../workshop/json-path";
import type { Problem } from "../workshop/result";
import { FORBIDDEN_KEYS, MAX_DEPTH } from "../workshop/untrusted";
import { findBrokenText } from "./read-json";

/** The largest integer every JSON reader holds exactly (I-JSON, RFC 7493 §2.2). */
const MAX_EXACT_INTEGER = 2 ** 53 - 1;
const INTEGER = /^-?\d+$/;

/** Thrown from inside the scan to stop it: jsonc-parser recurses, and must not go deeper than a charter can. */
class TooDeep extends Error {}

/**
 * What JSON.parse lets through, or hides, but a charter must not hold,
 * because two readers would then see two different files. Scanned on the
 * text itself, so nothing under the first copy of a key written twice
 * escapes (JSON.parse keeps only the last copy):
 * nesting beyond MAX_DEPTH, a reserved key name, a key written twice (one
 * reader keeps the first, another the last, and the hash covers only one),
 * a number no IEEE double carries (an integer beyond ±(2^53 − 1), or one
 * that overflows, like 1e400), and half of a surrogate pair. The first of
 * each is found, and the earliest step of docs/charter-format.md ("Reading
 * the bytes") is reported. The text must already have parsed as JSON.
 */
export function strictJsonProblem(json: string, value: unknown): Problem | null {
  const found: { depth?: Problem; reserved?: Problem; duplicate?: Problem; number?: Problem } = {};
  const keysOfOpenObjects: Set<string>[] = [];
  let depth = 0;
  const enter = (path: () => JSONPath) => {
    depth++;
    if (depth > MAX_DEPTH) {
      found.depth = {
        path: jsonPath(path()),
        message: `is nested more than ${MAX_DEPTH} levels deep, which no Accord file is`,
      };
      throw new TooDeep();
    }
  };
  try {
    visit(
      json,
      {
        onObjectBegin: (_o: number, _l: number, _sl: number, _sc: number, path: () => JSONPath) => {
          enter(path);
          keysOfOpenObjects.push(new Set());
        },
        onObjectEnd: () => {
          depth--;
          keysOfOpenObjects.pop();
        },
        onArrayBegin: (_o: number, _l: number, _sl: number, _sc: number, path: () => JSONPath) => enter(path),
        onArrayEnd: () => {
          depth--;
        },
        onObjectProperty: (key: string, _o: number, _l: number, _sl: number, _sc: number, path: () => JSONPath) => {
          if (FORBIDDEN_KEYS.has(key)) {
            found.reserved ??= {
              path: jsonPath([...path(), key]),
              message: `is a key Accord never writes ("${key}"); the file may have been tampered with`,
            };
          }
          const keys = keysOfOpenObjects[keysOfOpenObjects.length - 1];
          if (!keys) return;
          if (keys.has(key)) {
            found.duplicate ??= {
              path: jsonPath(path()),
              message: `has the key ${JSON.stringify(key)} twice; a charter names each key once, since readers disagree on which copy counts`,
            };
          }
          keys.add(key);
        },
        onLiteralValue: (
          literal: unknown,
          offset: number,
          length: number,
          _sl: number,
          _sc: number,
          path: () => JSONPath,
        ) => {
          if (found.number || typeof literal !== "number") return;
          const written = json.slice(offset, offset + length);
          if (!Number.isFinite(literal)) {
            found.number = {
              path: jsonPath(path()),
              message: `is the number ${written}, too large for any JSON reader to hold`,
            };
          } else if (INTEGER.test(written) && Math.abs(literal) > MAX_EXACT_INTEGER) {
            found.number = {
              path: jsonPath(path()),
              message: `is the integer ${written}, beyond ±9007199254740991: readers would each round it differently`,
            };
          }
        },
      },
      { disallowComments: true, allowTrailingComma: false },
    );
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
  }
  return found.depth ?? found.reserved ?? found.duplicate ?? found.number ?? findBrokenText(value);
}
