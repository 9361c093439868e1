import { type JSONPath, visit } from "jsonc-parser";
import { jsonPath } from "../workshop/json-path";
import type { Problem } from "../workshop/result";
import { findBrokenText } from "./read-json";

/** The largest integer every JSON reader holds exactly (I-JSON, RFC 7493 §2.2). */
const MAX_EXACT_INTEGER = 2 ** 53 - 1;
const INTEGER = /^-?\d+$/;

/**
 * What JSON.parse lets through but a charter must not hold, because two
 * readers would then see two different files: a key written twice (one
 * reader keeps the first, another the last, and the hash covers only one),
 * a number no IEEE double can carry (an integer beyond ±(2^53 − 1), or one
 * that overflows, like 1e400), and half of a surrogate pair. The text must
 * already have parsed as JSON; the first problem found is returned.
 */
export function strictJsonProblem(json: string, value: unknown): Problem | null {
  let found: Problem | null = null;
  const keysOfOpenObjects: Set<string>[] = [];
  const stop = () => found !== null;
  visit(
    json,
    {
      onObjectBegin: () => {
        if (stop()) return false;
        keysOfOpenObjects.push(new Set());
      },
      onObjectEnd: () => {
        keysOfOpenObjects.pop();
      },
      onObjectProperty: (
        key: string,
        _offset: number,
        _length: number,
        _l: number,
        _c: number,
        path: () => JSONPath,
      ) => {
        if (stop()) return;
        const keys = keysOfOpenObjects[keysOfOpenObjects.length - 1];
        if (!keys) return;
        if (keys.has(key)) {
          found = {
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
        _l: number,
        _c: number,
        path: () => JSONPath,
      ) => {
        if (stop() || typeof literal !== "number") return;
        const written = json.slice(offset, offset + length);
        if (!Number.isFinite(literal)) {
          found = {
            path: jsonPath(path()),
            message: `is the number ${written}, too large for any JSON reader to hold`,
          };
        } else if (INTEGER.test(written) && Math.abs(literal) > MAX_EXACT_INTEGER) {
          found = {
            path: jsonPath(path()),
            message: `is the integer ${written}, beyond ±9007199254740991: readers would each round it differently`,
          };
        }
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return found ?? findBrokenText(value);
}
