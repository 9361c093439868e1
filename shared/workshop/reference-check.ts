import { childPath } from "./json-path";
import type { Problem } from "./result";

/**
 * The mechanics of a reference check, shared by the workshop and the charter
 * file: ids unique across the whole document, and each reference naming
 * something of its kind. What refers to what is each caller's own. Runs on
 * every edit, so a path is only spelled out when there is a problem to name.
 */
export function referenceCheck<Kind extends string>(known: Record<Kind, Iterable<string>>, container: string) {
  const problems: Problem[] = [];
  const ids = Object.fromEntries(
    Object.entries(known).map(([k, v]) => [k, v instanceof Set ? v : new Set(v as Iterable<string>)]),
  ) as Record<Kind, Set<string>>;
  const firstUse = new Map<string, () => string>();
  return {
    problems,
    /** Each item's id must not repeat one used anywhere before it. */
    unique(listPath: string, items: readonly { id: string }[]) {
      for (const [i, item] of items.entries()) {
        const path = () => childPath(childPath(listPath, i), "id");
        const earlier = firstUse.get(item.id);
        if (earlier === undefined) firstUse.set(item.id, path);
        else {
          problems.push({
            path: path(),
            message: `repeats the id "${item.id}" already used at ${earlier()}; ids must be unique`,
          });
        }
      }
    },
    claim(path: string, id: string) {
      firstUse.set(id, () => path);
    },
    /** A reference that is not null must name something of its kind; `path` is only called for a problem. */
    refer(path: string | (() => string), kind: Kind, id: string | null) {
      if (id !== null && !ids[kind].has(id)) {
        const where = typeof path === "string" ? path : path();
        problems.push({ path: where, message: `refers to ${kind} "${id}", which is not in this ${container}` });
      }
    },
  };
}
