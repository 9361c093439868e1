/** A key that can follow a dot in a JSON path; anything else is written in brackets. */
const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Appends one key to a JSON path: `$.teams` + 0 → `$.teams[0]`, + "a b" → `$["a b"]`. */
export function childPath(parent: string, key: PropertyKey): string {
  if (typeof key === "number") return `${parent}[${key}]`;
  const name = String(key);
  return PLAIN_KEY.test(name) ? `${parent}.${name}` : `${parent}[${JSON.stringify(name)}]`;
}

/** Turns zod's path segments into a JSON path like `$.stages[3].owner.teamId`. */
export function jsonPath(segments: readonly PropertyKey[], root = "$"): string {
  return segments.reduce<string>(childPath, root);
}

/** Re-roots a path found inside a part of a file: `$.teams[0]` under `$.workshop` → `$.workshop.teams[0]`. */
export function underPath(root: string, path: string): string {
  return path.startsWith("$") ? root + path.slice(1) : path;
}
