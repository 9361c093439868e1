import { passesApart } from "./apart";
import type { Workshop } from "./model";
import { mayBeBrokenOrInvisible } from "./text";

let validateShape: ((value: unknown) => boolean) | null = null;

let loading: Promise<void> | null = null;

/**
 * The compiled schema is large (about 150 KB) and no screen needs it to
 * show, so it loads only when asked: the app asks once its first screen is
 * up (a parse and evaluation of its own there would hold that screen back),
 * and a first check asks for anyone who did not. Until it has loaded (or if
 * it cannot), every document goes to zod, which decides the same.
 */
export function loadQuickCheck(): Promise<void> {
  loading ??= import("./shape.generated.js").then(
    (compiled) => {
      validateShape = compiled.default;
    },
    () => undefined,
  );
  return loading;
}

/**
 * The quick check of a whole document: true only for one zod would take
 * exactly as it is, with no field to drop. It runs the workshop's JSON
 * Schema, compiled ahead of time from the zod schema (so, unlike zod's own
 * compiler, it needs no eval under the app's content security policy), then
 * the few refinements that schema cannot state. False says nothing but "ask
 * zod": zod alone words a refusal, and takes what is stricter here (an
 * unknown field to drop, a text long in UTF-16 units, an invisible
 * character outside any text). A 5 MB backup is checked in a fifth of zod's
 * time, most of it spent on a copy this check does not make.
 * `textsChecked`: every string in the value is known whole and visible
 * already (see jsonTextsWholeAndVisible).
 */
export function fitsWorkshop(value: unknown, { textsChecked = false } = {}): value is Workshop {
  if (validateShape === null) {
    void loadQuickCheck();
    return false;
  }
  if (!validateShape(value)) return false;
  return (textsChecked || textsWholeAndVisible(value)) && passesApart(value as Workshop);
}

/** Every string in the value, keys included, whole and visible: one scan each, almost always clean. */
function textsWholeAndVisible(value: unknown): boolean {
  if (typeof value === "string") return !mayBeBrokenOrInvisible(value);
  if (typeof value !== "object" || value === null) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!textsWholeAndVisible(value[i])) return false;
    return true;
  }
  for (const key in value) {
    if (mayBeBrokenOrInvisible(key) || !textsWholeAndVisible((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}
