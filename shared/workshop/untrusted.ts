import { childPath } from "./json-path";
import type { Problem } from "./result";

/**
 * Keys that change an object's prototype when a later step copies with
 * Object.assign or a bracket write; JSON.parse makes them ordinary own keys,
 * so they must be refused before any code copies the value.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/**
 * No Accord document is anywhere near this deep (a workshop with an archived
 * charter is about a dozen levels); the limit keeps recursive code further on
 * (zod, structuredClone, JSON.stringify) far from the stack limit.
 */
export const MAX_DEPTH = 64;

interface Visit {
  value: object;
  /** Where it sits in its parent; null for the root. */
  key: PropertyKey | null;
  parent: Visit | null;
  depth: number;
}

/** The JSON path of a visit, built only for a problem: a 5 MB file has a few hundred thousand values. */
function pathOf(visit: Visit, root: string): string {
  const keys: PropertyKey[] = [];
  for (let v: Visit | null = visit; v !== null && v.key !== null; v = v.parent) keys.push(v.key);
  return keys.reduceRight<string>(childPath, root);
}

/**
 * Walks a value that came from outside (a parsed file) with an explicit stack,
 * so even 100,000 levels of nesting cannot overflow it, and reports forbidden
 * keys and excessive nesting. Reads own keys only; never writes. Only objects
 * and arrays are visited: a string or number can hold neither problem.
 */
export function checkUntrusted(value: unknown, root = "$"): Problem[] {
  const problems: Problem[] = [];
  if (typeof value !== "object" || value === null) return problems;
  const stack: Visit[] = [{ value, key: null, parent: null, depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop() as Visit;
    if (item.depth >= MAX_DEPTH) {
      problems.push({
        path: pathOf(item, root),
        message: `is nested more than ${MAX_DEPTH} levels deep, which no Accord file is`,
      });
      continue;
    }
    const depth = item.depth + 1;
    // Pushed last to first, so the stack pops them, and reports their problems, in document order.
    if (Array.isArray(item.value)) {
      const list: unknown[] = item.value;
      for (let i = list.length - 1; i >= 0; i--) {
        const child = list[i];
        if (typeof child === "object" && child !== null) stack.push({ value: child, key: i, parent: item, depth });
      }
      continue;
    }
    const record = item.value as Record<string, unknown>;
    const keys = Object.keys(record);
    for (const key of keys) {
      if (!FORBIDDEN_KEYS.has(key)) continue;
      problems.push({
        path: childPath(pathOf(item, root), key),
        message: `is a key Accord never writes ("${key}"); the file may have been tampered with`,
      });
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const child = record[key];
      if (typeof child === "object" && child !== null && !FORBIDDEN_KEYS.has(key)) {
        stack.push({ value: child, key, parent: item, depth });
      }
    }
  }
  return problems;
}
