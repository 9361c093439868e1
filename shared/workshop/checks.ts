import { z } from "zod";
import { LIMITS, type Owner, type Workshop } from "./model";
import { type Problem, refuse } from "./result";

/** The model's limits for names and free text, under the names refusals use. */
export const SHORT_TEXT_MAX = LIMITS.shortText;
export const TEXT_MAX = LIMITS.text;

const rfc3339 = z.iso.datetime({ offset: true });

export const problem = (path: string, message: string): Problem => ({ path, message });

/** The refusal for an id that names nothing, e.g. `There is no stage with id "x".` */
export const noSuch = (path: string, what: string, id: string) => refuse(path, `There is no ${what} with id "${id}".`);

/** Names are compared the way people read them: case and surrounding spaces do not count. */
export const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * A name is committed (on Enter or blur), so it is trimmed, must not be blank
 * and must not repeat one of `others` in the same list.
 */
export function checkName(
  path: string,
  what: string,
  name: string,
  others: readonly string[],
  clashWhat = what,
): Problem | null {
  const trimmed = name.trim();
  if (trimmed === "") return problem(path, `A ${what} needs a name.`);
  if (trimmed.length > SHORT_TEXT_MAX)
    return problem(path, `A ${what} name can be at most ${SHORT_TEXT_MAX} characters.`);
  const clash = others.find((other) => sameName(other, trimmed));
  if (clash !== undefined) return problem(path, `There is already a ${clashWhat} called "${clash.trim()}".`);
  return null;
}

export function checkLength(path: string, label: string, value: string | null, max: number): Problem | null {
  if (value !== null && value.length > max) return problem(path, `${label} can be at most ${max} characters.`);
  return null;
}

/** An owner's team must be one of the workshop's teams; no team (null) is allowed while undecided. */
export function checkOwner(w: Workshop, path: string, owner: Owner): Problem | null {
  if (owner.teamId !== null && !w.teams.some((t) => t.id === owner.teamId)) {
    return problem(`${path}.teamId`, `There is no team with id "${owner.teamId}".`);
  }
  return checkLength(`${path}.role`, "The owner's role", owner.role, SHORT_TEXT_MAX);
}

export function checkTeam(w: Workshop, path: string, teamId: string): Problem | null {
  return w.teams.some((t) => t.id === teamId) ? null : problem(path, `There is no team with id "${teamId}".`);
}

export function checkTime(path: string, at: string): Problem | null {
  return rfc3339.safeParse(at).success ? null : problem(path, `"${at}" is not a time like 2026-11-22T14:05:00Z.`);
}

/** The first problem found, as a refusal; null when everything passed. */
export function firstProblem(...checks: (Problem | null)[]) {
  const found = checks.find((c) => c !== null);
  return found ? refuse(found.path, found.message) : null;
}

/** A patch's fields that were actually given: `{definition: undefined}` means "leave it", not "erase it". */
export function given<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
