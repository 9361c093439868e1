import type { Workshop } from "../workshop/model";
import { ok, type Result } from "../workshop/result";
import { applyPatch, type Patch } from "./patch";

/**
 * Plays recorded changes back onto the document as it is now. A change whose
 * item is gone meanwhile is left out; whatever comes of it still has to pass
 * every rule in commit(), like any other edit.
 */
export function restoreChanges(w: Workshop, changes: Patch): Result {
  return ok(applyPatch(w, changes).value);
}
