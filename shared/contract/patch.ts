import { sameJson } from "../workshop/same-json";

/**
 * What one change did to a document, addressed so that it can be undone
 * later even after others changed the document meanwhile (a vote from the
 * room, a signature): items of a list are named by their id, not their
 * place, so undoing the facilitator's edit to one term leaves a vote cast on
 * another term, or on the same term, where it is.
 */

/** A key of an object, or the item of a list that has this id. */
export type Segment = string | { id: string };

export type Change =
  /** A value replaced; `undefined` means the key is absent. */
  | { kind: "set"; path: Segment[]; before: unknown; after: unknown }
  /** An item put into a list, after the item with id `after` (null: first), or at `index` if that one is gone. */
  | { kind: "insert"; path: Segment[]; item: Identified; after: string | null; index: number }
  | { kind: "remove"; path: Segment[]; item: Identified; after: string | null; index: number }
  /** The items of a list put in this order (items not named keep their places). */
  | { kind: "order"; path: Segment[]; before: string[]; after: string[] };

export type Patch = readonly Change[];

interface Identified {
  id: string;
}

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A list whose items all have distinct string ids: changed item by item, by id. */
function isIdentifiedList(value: unknown): value is Identified[] {
  if (!Array.isArray(value)) return false;
  const ids = new Set<string>();
  for (const item of value) {
    if (!isPlain(item) || typeof item.id !== "string" || ids.has(item.id)) return false;
    ids.add(item.id);
  }
  return true;
}

export { sameJson };

/**
 * The changes that turn `before` into `after`. Parts the two share (the
 * same object, as an operation leaves everything it did not touch) are
 * skipped at once, so the cost follows the size of the change.
 */
export function diff(before: unknown, after: unknown): Change[] {
  const out: Change[] = [];
  diffInto(out, before, after, []);
  return out;
}

function diffInto(out: Change[], a: unknown, b: unknown, path: Segment[]): void {
  if (Object.is(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b) && (a.length > 0 || b.length > 0)) {
    if (isIdentifiedList(a) && isIdentifiedList(b)) {
      diffList(out, a, b, path);
      return;
    }
  }
  if (isPlain(a) && isPlain(b)) {
    for (const key of Object.keys(a)) diffInto(out, a[key], Object.hasOwn(b, key) ? b[key] : undefined, [...path, key]);
    for (const key of Object.keys(b)) if (!Object.hasOwn(a, key)) out.push(set([...path, key], undefined, b[key]));
    return;
  }
  if (!sameJson(a, b)) out.push(set(path, a, b));
}

const set = (path: Segment[], before: unknown, after: unknown): Change => ({ kind: "set", path, before, after });

function diffList(out: Change[], a: Identified[], b: Identified[], path: Segment[]): void {
  const inA = new Map(a.map((item) => [item.id, item]));
  const inB = new Map(b.map((item) => [item.id, item]));
  // Removed last-first, so that undoing puts them back first-first, each after its neighbour.
  for (let i = a.length - 1; i >= 0; i--) {
    const item = a[i] as Identified;
    if (!inB.has(item.id)) out.push({ kind: "remove", path, item, after: a[i - 1]?.id ?? null, index: i });
  }
  for (const item of a) {
    const other = inB.get(item.id);
    if (other !== undefined) diffInto(out, item, other, [...path, { id: item.id }]);
  }
  for (const [i, item] of b.entries()) {
    if (!inA.has(item.id)) out.push({ kind: "insert", path, item, after: b[i - 1]?.id ?? null, index: i });
  }
  const keptA = a.filter((item) => inB.has(item.id)).map((item) => item.id);
  const keptB = b.filter((item) => inA.has(item.id)).map((item) => item.id);
  if (keptA.some((id, i) => keptB[i] !== id)) {
    out.push({ kind: "order", path, before: a.map((item) => item.id), after: b.map((item) => item.id) });
  }
}

/** The changes that take the result back to where it started. */
export function invert(patch: Patch): Change[] {
  return patch.map(invertChange).reverse();
}

function invertChange(change: Change): Change {
  switch (change.kind) {
    case "set":
      return { ...change, before: change.after, after: change.before };
    case "insert":
      return { ...change, kind: "remove" };
    case "remove":
      return { ...change, kind: "insert" };
    case "order":
      return { ...change, before: change.after, after: change.before };
  }
}

/**
 * One patch for two in a row, as when keystrokes in one field become one
 * undo step: a value set twice keeps its first "before" and last "after".
 */
export function compose(earlier: Patch, later: Patch): Change[] {
  const onlySets = (p: Patch) => p.every((c) => c.kind === "set");
  if (!onlySets(earlier) || !onlySets(later)) return [...earlier, ...later];
  // Merging keeps each value at its first place: only safe while no path lies inside another.
  const keys = [...earlier, ...later].map((c) => JSON.stringify(c.path).slice(0, -1));
  if (keys.some((k, i) => keys.some((other, j) => i !== j && other !== k && other.startsWith(`${k},`)))) {
    return [...earlier, ...later];
  }
  const merged = new Map<string, Change & { kind: "set" }>();
  for (const change of [...earlier, ...later] as (Change & { kind: "set" })[]) {
    const key = JSON.stringify(change.path);
    const first = merged.get(key);
    merged.set(key, first ? { ...first, after: change.after } : change);
  }
  return [...merged.values()].filter((c) => !sameJson(c.before, c.after));
}

export interface Applied<T> {
  value: T;
  /** Changes that found nothing to change (their item was removed meanwhile), so were left out. */
  skipped: number;
  /** Removals of an item that was changed meanwhile: what it holds now goes with it. */
  removedChanged: number;
}

/** Applies the changes in order, copying only what they touch; the input is never modified. */
export function applyPatch<T>(doc: T, patch: Patch): Applied<T> {
  let value: unknown = doc;
  const counts = { skipped: 0, removedChanged: 0 };
  const removing = (current: unknown, recorded: unknown) => {
    if (!sameJson(current, recorded)) counts.removedChanged++;
  };
  for (const change of patch) {
    const next = applyChange(value, change, removing);
    if (next === MISSING) counts.skipped++;
    else value = next;
  }
  return { value: value as T, ...counts };
}

const MISSING = Symbol("missing");

function applyChange(root: unknown, change: Change, removing: (current: unknown, recorded: unknown) => void): unknown {
  if (change.kind === "set") {
    const parentPath = change.path.slice(0, -1);
    const last = change.path.at(-1);
    if (last === undefined) return change.after;
    return updateAt(root, parentPath, (parent) => {
      if (typeof last !== "string" || !isPlain(parent)) return MISSING;
      if (change.after !== undefined) return { ...parent, [last]: change.after };
      const { [last]: _gone, ...rest } = parent;
      return rest;
    });
  }
  return updateAt(root, change.path, (list) => {
    if (!Array.isArray(list)) return MISSING;
    if (change.kind === "order") return reorder(list, change.after);
    const at = list.findIndex((item) => isPlain(item) && item.id === change.item.id);
    if (change.kind === "remove") {
      if (at < 0) return MISSING;
      removing(list[at], change.item);
      return list.filter((_, i) => i !== at);
    }
    if (at >= 0) return MISSING;
    const anchor = change.after === null ? -1 : list.findIndex((item) => isPlain(item) && item.id === change.after);
    const index = change.after === null ? 0 : anchor >= 0 ? anchor + 1 : Math.min(change.index, list.length);
    return [...list.slice(0, index), change.item, ...list.slice(index)];
  });
}

/** The named items in the given order, in the places named items held; others stay where they are. */
function reorder(list: unknown[], order: readonly string[]): unknown[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  const idOf = (item: unknown) => (isPlain(item) && typeof item.id === "string" ? item.id : undefined);
  const named = list.filter((item) => rank.has(idOf(item) as string));
  named.sort((x, y) => (rank.get(idOf(x) as string) as number) - (rank.get(idOf(y) as string) as number));
  let next = 0;
  return list.map((item) => (rank.has(idOf(item) as string) ? named[next++] : item));
}

/** Replaces the value at `path` with `update(value)`, copying each container on the way down. */
function updateAt(node: unknown, path: readonly Segment[], update: (value: unknown) => unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return update(node);
  if (typeof head === "string") {
    if (!isPlain(node) || !Object.hasOwn(node, head)) return MISSING;
    const child = updateAt(node[head], rest, update);
    return child === MISSING ? MISSING : { ...node, [head]: child };
  }
  if (!Array.isArray(node)) return MISSING;
  const at = node.findIndex((item) => isPlain(item) && item.id === head.id);
  if (at < 0) return MISSING;
  const child = updateAt(node[at], rest, update);
  return child === MISSING ? MISSING : node.map((item, i) => (i === at ? child : item));
}
