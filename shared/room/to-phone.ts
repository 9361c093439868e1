import type { PhoneRoster, PhoneView } from "./phone-view";

/** What the room says to one phone, or to all of them. */
export type ToPhone =
  | { type: "welcome"; deviceId: string }
  /** What the room is doing now and what a phone may do in it; the same for every phone. */
  | { type: "view"; view: PhoneView }
  /** The names to join as; sent on joining and when the list changes. */
  | { type: "roster"; roster: PhoneRoster }
  /** Who this phone speaks for, once the room has taken its join. */
  | { type: "joined"; participantId: string | null; teamId: string; name: string | null }
  /** `voteId`: in an anonymous room, the vote this phone cast, which it names to change it (and no one else keeps). */
  | { type: "accepted"; what: string; voteId?: string }
  /** `voteGone`: the vote this phone named is no longer in the check (a new round, or taken back): vote afresh. */
  | { type: "refused"; message: string; voteGone?: true };

/** Close codes a phone tells its person about, beside the WebSocket's own. */
export const ROOM_CLOSED = 4000;
export const DEVICE_REMOVED = 4001;
export const TOO_MANY_MESSAGES = 4002;
