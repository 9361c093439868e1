import { create } from "zustand";
import { concealed, FIRST_CUE, type RoomCue, revealedNow } from "../../../shared/room/cue";

/** The facilitator's direction of the room screen, apart from the phase (which is the route's). */
export interface RoomCueState extends Omit<RoomCue, "phase"> {
  /** Room screens in other windows that said hello and have not said bye. */
  rooms: readonly string[];
  /** Why the room screen's window did not open, until it does. */
  problem: string | null;
  setProblem: (problem: string | null) => void;
  focusTerm: (termId: string) => void;
  toggleReveal: (termId: string) => void;
  toggleBlank: () => void;
  /** The next part of long texts, on the screen the facilitator is on (`on` names it); the first again after the last. */
  nextPage: (on: string) => void;
  /** The screen the page belongs to: moving to another term or phase starts long texts from their beginning. */
  pageOn: string;
  forgetPage: () => void;
  roomOpened: (roomId: string) => void;
  roomGone: (roomId: string) => void;
  reset: () => void;
}

const { phase: _phase, ...start } = FIRST_CUE;
const cueOf = (s: RoomCueState): RoomCue => ({ ...FIRST_CUE, termId: s.termId, revealed: s.revealed, blank: s.blank });

/** Where long texts are paged: the phase and the term in focus. */
export const pageKey = (phase: string, termId: string | null) => `${phase}|${termId ?? ""}`;

export const useRoomCue = create<RoomCueState>()((set) => ({
  ...start,
  rooms: [],
  problem: null,
  setProblem: (problem) => set({ problem }),
  // Long texts start from their beginning on every term and phase the room moves to.
  focusTerm: (termId) => set((s) => (s.termId === termId ? s : { termId, page: 0, pageOn: "" })),
  forgetPage: () => set((s) => (s.pageOn === "" ? s : { page: 0, pageOn: "" })),
  toggleReveal: (termId) =>
    set((s) => {
      const cue = cueOf(s);
      return { revealed: (cue.revealed.includes(termId) ? concealed(cue, termId) : revealedNow(cue, termId)).revealed };
    }),
  toggleBlank: () => set((s) => ({ blank: !s.blank })),
  pageOn: "",
  nextPage: (on) => set((s) => ({ pageOn: on, page: s.pageOn === on ? s.page + 1 : 1 })),
  roomOpened: (roomId) => set((s) => (s.rooms.includes(roomId) ? s : { rooms: [...s.rooms, roomId] })),
  roomGone: (roomId) => set((s) => ({ rooms: s.rooms.filter((id) => id !== roomId) })),
  reset: () => set({ ...start, rooms: [], problem: null, pageOn: "" }),
}));
