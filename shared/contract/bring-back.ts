import type { Problem } from "../workshop/result";
import type { Checked } from "./checked";
import { commit } from "./commit";
import { type DraftField, holdsDraft, keepDraftCall, textOf } from "./drafts";
import { call } from "./operations";
import type { Patch } from "./patch";

/** Changes a window made and did not store before it closed or crashed. */
export interface LeftChanges {
  key: string;
  changes: Patch;
  at: string;
}

/** Words a window had typed into a field and not kept yet when it closed or crashed. */
export interface LeftDraft {
  key: string;
  field: DraftField;
  text: string;
  /** What the field held when typing began: a draft is kept on its own only over that. */
  before: string;
  /** Kept a frame after typing (a definition), not only when the facilitator says so (a name). */
  live: boolean;
  at: string;
}

export interface BroughtBack {
  document: Checked;
  /** Records whose changes or words the document now holds: they can go. */
  absorbed: string[];
  /** Names typed and never kept: the facilitator decides, since Enter was never pressed. */
  offers: LeftDraft[];
  /** Changes that could not be joined: their records stay, and the facilitator is told. */
  problems: Problem[];
}

const byTime = <T extends { at: string }>(a: T, b: T) => a.at.localeCompare(b.at);

/**
 * Plays back onto the stored document what windows left unstored: their
 * changes, through the same join as two windows' (a change whose item is gone
 * is a problem, never silently dropped), and the words typed live (a
 * definition a frame from being kept) where nobody changed the field since.
 * A name typed and never kept, or words over a field changed since, are
 * offered, not applied.
 */
export function bringBack(stored: Checked, changes: readonly LeftChanges[], drafts: readonly LeftDraft[]): BroughtBack {
  let document = stored;
  const absorbed: string[] = [];
  const offers: LeftDraft[] = [];
  const problems: Problem[] = [];
  for (const left of [...changes].sort(byTime)) {
    const joined = commit(document, call("joinChanges", left.changes), { origin: "system" });
    if (joined.ok) {
      document = joined.document;
      absorbed.push(left.key);
    } else {
      const why = joined.problems.map((p) => p.message).join(" ");
      problems.push({ path: "$", message: `Changes made just before Accord closed could not be brought back: ${why}` });
    }
  }
  if (absorbed.length > 0) {
    // Signatures among the changes were made in the revision the version had then, before any migration.
    const kept = commit(document, call("keepSignedRevision"), { origin: "system" });
    if (kept.ok) document = kept.document;
  }
  for (const draft of [...drafts].sort(byTime)) {
    if (holdsDraft(document, draft.field, draft.text)) {
      absorbed.push(draft.key);
      continue;
    }
    if (draft.live && textOf(document, draft.field) === draft.before) {
      const kept = commit(document, keepDraftCall(draft.field, draft.text), { origin: "system" });
      if (kept.ok) {
        document = kept.document;
        absorbed.push(draft.key);
        continue;
      }
    }
    offers.push(draft);
  }
  return { document, absorbed, offers, problems };
}
