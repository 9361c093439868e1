import type { HistoryIntent } from "./intent";
import { compose, diff, invert, type Patch } from "./patch";

/** Keystrokes in one field within this window become a single undo step. */
export const COALESCE_MS = 1000;
/** Undo steps kept; the oldest go first. */
export const HISTORY_LIMIT = 500;

export interface UndoStep {
  /** The change as it was made; undo plays its inverse. */
  changes: Patch;
  /** Set for typing: later keystrokes under the same key join this step. */
  key: string | null;
  /** When the step was last extended, in milliseconds. */
  at: number;
}

export interface UndoHistory {
  past: readonly UndoStep[];
  future: readonly UndoStep[];
}

export const EMPTY_HISTORY: UndoHistory = { past: [], future: [] };

/**
 * Records a change the way its intent says. Only the facilitator's own steps
 * are undone; a change outside history stays when the steps around it are
 * undone, because undo plays back changes, not whole documents.
 */
export function record(
  history: UndoHistory,
  before: unknown,
  after: unknown,
  how: HistoryIntent,
  at: number,
): UndoHistory {
  if (how.kind === "seal") return EMPTY_HISTORY;
  if (how.kind === "none" || before === after) return history;
  const changes = diff(before, after);
  if (changes.length === 0) return history;
  const key = how.kind === "coalesce" ? how.key : null;
  const last = history.past.at(-1);
  if (key !== null && last?.key === key && at - last.at < COALESCE_MS && history.future.length === 0) {
    const joined = compose(last.changes, changes);
    // Typed and taken back again: no step is left to undo.
    if (joined.length === 0) return { past: history.past.slice(0, -1), future: [] };
    return { past: [...history.past.slice(0, -1), { changes: joined, key, at }], future: [] };
  }
  return { past: [...history.past, { changes, key, at }].slice(-HISTORY_LIMIT), future: [] };
}

/** What undo plays back, or null when there is nothing to undo. */
export function nextUndo(history: UndoHistory): Patch | null {
  const step = history.past.at(-1);
  return step ? invert(step.changes) : null;
}

/** What redo plays back, or null when there is nothing to redo. */
export function nextRedo(history: UndoHistory): Patch | null {
  return history.future.at(-1)?.changes ?? null;
}

/** The history once the undo it offered was played: the step waits to be redone. */
export function undone(history: UndoHistory): UndoHistory {
  const step = history.past.at(-1);
  if (!step) return history;
  return { past: history.past.slice(0, -1), future: [...history.future, { ...step, key: null }] };
}

export function redone(history: UndoHistory): UndoHistory {
  const step = history.future.at(-1);
  if (!step) return history;
  return { past: [...history.past, step], future: history.future.slice(0, -1) };
}
