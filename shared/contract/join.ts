import type { Checked } from "./checked";
import { type Commit, commit } from "./commit";
import { call } from "./operations";
import { diff } from "./patch";

/**
 * Two windows changed one workshop: `base` is what this window last read or
 * stored, `mine` what it holds now, `theirs` what another window stored
 * since. The result is theirs with my changes played onto it, through every
 * rule, or a refusal saying why the two cannot be joined.
 */
export function joinWindows(base: Checked, mine: Checked, theirs: Checked): Commit {
  return commit(theirs, call("joinChanges", diff(base, mine)), { origin: "system" });
}
