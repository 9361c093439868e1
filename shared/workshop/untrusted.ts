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
  value: unknown;
  path: string;
  depth: number;
}

/**
 * Walks a value that came from outside (a parsed file) with an explicit stack,
 * so even 100,000 levels of nesting cannot overflow it, and reports forbidden
 * keys and excessive nesting. Reads own keys only; never writes.
 */
export function checkUntrusted(value: unknown, root = "$"): Problem[] {
  const problems: Problem[] = [];
  const stack: Visit[] = [{ value, path: root, depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop() as Visit;
    if (typeof item.value !== "object" || item.value === null) continue;
    if (item.depth >= MAX_DEPTH) {
      problems.push({
        path: item.path,
        message: `is nested more than ${MAX_DEPTH} levels deep, which no Accord file is`,
      });
      continue;
    }
    const entries: [PropertyKey, unknown][] = Array.isArray(item.value)
      ? item.value.map((child, index) => [index, child])
      : Object.keys(item.value).map((key) => [key, (item.value as Record<string, unknown>)[key]]);
    const children: Visit[] = [];
    for (const [key, child] of entries) {
      const path = childPath(item.path, key);
      if (typeof key === "string" && FORBIDDEN_KEYS.has(key)) {
        problems.push({
          path,
          message: `is a key Accord never writes ("${key}"); the file may have been tampered with`,
        });
      } else {
        children.push({ value: child, path, depth: item.depth + 1 });
      }
    }
    // Reversed so the stack pops them, and reports their problems, in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Visit);
  }
  return problems;
}
