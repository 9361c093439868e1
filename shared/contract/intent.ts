/**
 * Where a change comes from. The facilitator edits; the room (phones that
 * joined) may only ask for what its operations allow; an import brings a
 * document in; the system makes changes nobody asked for (upgrades).
 */
export const ORIGINS = ["facilitator", "room", "import", "system"] as const;
export type Origin = (typeof ORIGINS)[number];

/**
 * How the facilitator's undo treats a change: its own step, coalesced with
 * the steps before it under one key (typing in one field), outside history
 * (undo goes past it), or sealing history (outside it, and nothing before it
 * can be undone any more).
 */
export type HistoryIntent = { kind: "step" } | { kind: "coalesce"; key: string } | { kind: "none" } | { kind: "seal" };

export interface Intent {
  origin: Origin;
  /** Overrides the operation's own rule (see OPERATIONS); a change not from the facilitator is never a step. */
  history?: HistoryIntent;
}

export const FROM_FACILITATOR: Intent = { origin: "facilitator" };
