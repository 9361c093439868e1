import type { Workshop } from "../workshop/model";
import { ok, type Result, refuse } from "../workshop/result";
import { applyPatch, type Patch } from "./patch";

/**
 * Plays recorded changes back onto the document as it is now. A change whose
 * item is gone meanwhile is left out; whatever comes of it still has to pass
 * every rule in commit(), like any other edit.
 */
export function restoreChanges(w: Workshop, changes: Patch): Result {
  return ok(applyPatch(w, changes).value);
}

/**
 * Another window's changes joined with this one's: this window's changes,
 * played onto the document as the other left it. Unlike undo, nothing may
 * be lost either way: a change whose item the other window removed, or a
 * removal of an item the other window changed, is a conflict for the
 * facilitator to settle, never a word silently dropped.
 */
export function joinChanges(w: Workshop, changes: Patch): Result {
  const { value, skipped, removedChanged } = applyPatch(w, changes);
  if (skipped > 0) {
    return refuse(
      "$",
      `${skipped === 1 ? "A change" : `${skipped} changes`} made here touch something another window removed.`,
    );
  }
  if (removedChanged > 0) {
    return refuse("$", "Something removed here was changed in another window meanwhile.");
  }
  return ok(value);
}
