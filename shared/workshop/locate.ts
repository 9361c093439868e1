/**
 * Lookups by id. Lists in the document are replaced, never changed in place,
 * so an index built for one list stays right for as long as that list lives:
 * building it once per list turns every later lookup (one per rendered node
 * or cell) into a map read instead of a scan.
 */
const indexes = new WeakMap<readonly { id: string }[], Map<string, number>>();

export function indexById(list: readonly { id: string }[]): ReadonlyMap<string, number> {
  let index = indexes.get(list);
  if (index === undefined) {
    index = new Map();
    for (const [i, item] of list.entries()) if (!index.has(item.id)) index.set(item.id, i);
    indexes.set(list, index);
  }
  return index;
}

export interface Located<T> {
  index: number;
  item: T;
}

/** Where the item with this id is in the list, and the item; null when there is none. */
export function locate<T extends { id: string }>(list: readonly T[], id: string): Located<T> | null {
  const index = indexById(list).get(id);
  const item = index === undefined ? undefined : list[index];
  return index === undefined || item === undefined ? null : { index, item };
}

/** The item with this id, or undefined. */
export function byId<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
  return locate(list, id)?.item;
}

/** A copy of the list with the item at `index` replaced. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((current, i) => (i === index ? item : current));
}

/** The list with one item moved to `toIndex` (clamped to the list); the same list when it stays where it is. */
export function moveWithin<T>(list: readonly T[], from: number, toIndex: number): readonly T[] {
  const target = Math.max(0, Math.min(list.length - 1, Math.trunc(toIndex)));
  if (target === from) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(target, 0, item);
  return next;
}

const stageTerms = new WeakMap<readonly { stageId: string | null }[], Map<string, number>>();

/** The first term of a stage, read from an index built once per list of terms, like `byId`. */
export function termOfStage<T extends { stageId: string | null }>(terms: readonly T[], stageId: string): T | undefined {
  let index = stageTerms.get(terms);
  if (index === undefined) {
    index = new Map();
    for (const [i, term] of terms.entries())
      if (term.stageId !== null && !index.has(term.stageId)) index.set(term.stageId, i);
    stageTerms.set(terms, index);
  }
  const i = index.get(stageId);
  return i === undefined ? undefined : terms[i];
}
