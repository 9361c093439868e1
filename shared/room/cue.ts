import type { PhaseKey } from "../session/phase-list";
import type { Workshop } from "../workshop/model";
import { subjectConsensus } from "../workshop/rule-subject";

/**
 * What the facilitator is showing the room right now. It belongs to the
 * facilitator's screen, not to the workshop: it is never stored, never
 * undone, and the room screen is drawn from it and the workshop alone.
 */
export interface RoomCue {
  phase: PhaseKey;
  /** The term in focus on Definitions and Agree; null lets the screen pick its first. */
  termId: string | null;
  /** Terms whose votes the room may see; every other consensus check is blind. */
  revealed: readonly string[];
  /** The room sees only the workshop's name: a pause, or a moment the facilitator keeps private. */
  blank: boolean;
  /** Which part of a text too long for the screen the room reads: 0 is its beginning. */
  page: number;
}

export const ROOM_SCREENS = [
  "welcome",
  "journey",
  "definitions",
  "agreement",
  "measures",
  "signoff",
  "closing",
] as const;
export type RoomScreenKey = (typeof ROOM_SCREENS)[number];

/** Set up opens the session and Export closes it: the room sees a welcome and a summary, not forms. */
export const ROOM_SCREEN_OF: Record<PhaseKey, RoomScreenKey> = {
  setup: "welcome",
  journey: "journey",
  definitions: "definitions",
  agreement: "agreement",
  measures: "measures",
  signoff: "signoff",
  export: "closing",
};

export const ROOM_SCREEN_LABELS: Record<RoomScreenKey, string> = {
  welcome: "Welcome",
  journey: "The buyer journey",
  definitions: "Definitions side by side",
  agreement: "Agreeing",
  measures: "Shared measures",
  signoff: "Sign off",
  closing: "What we have agreed",
};

export const FIRST_CUE: RoomCue = { phase: "setup", termId: null, revealed: [], blank: false, page: 0 };

/** A new round of votes (or a term the room moves back to after Clear votes) starts blind again. */
export function concealed(cue: RoomCue, termId: string): RoomCue {
  return cue.revealed.includes(termId) ? { ...cue, revealed: cue.revealed.filter((id) => id !== termId) } : cue;
}

export function revealedNow(cue: RoomCue, termId: string): RoomCue {
  return cue.revealed.includes(termId) ? cue : { ...cue, revealed: [...cue.revealed, termId] };
}

/**
 * A new round of a check starts blind, however it started: its votes all
 * gone (cleared, or taken back one by one) or its method changed. Returns
 * the same list when nothing changed, so a store can tell.
 */
export function revealedAfter(revealed: readonly string[], before: Workshop, after: Workshop): readonly string[] {
  const still = revealed.filter((termId) => {
    const now = subjectConsensus(after, termId);
    const then = subjectConsensus(before, termId);
    if (!now || now.votes.length === 0) return false;
    return !then || then.method === now.method;
  });
  return still.length === revealed.length ? revealed : still;
}
