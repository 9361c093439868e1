import type { RoomCue } from "../../../shared/room/cue";
import { type RoomFrame, roomFrame } from "../../../shared/room/frame";
import { PHASES, type PhaseKey } from "../../../shared/session/phase-list";
import type { Workshop } from "../../../shared/workshop/model";
import { parseRoute } from "../../app/route";
import { useWorkshopStore } from "../../store/workshop-store";
import { useRoomCue } from "./cue-store";

/** The phase the facilitator is on is the route's view: the room follows the facilitator's own navigation. */
export function phaseNow(): PhaseKey {
  const route = parseRoute(window.location.hash);
  const view = route.screen === "workshop" ? route.view : null;
  return PHASES.find((p) => p.key === view)?.key ?? PHASES[0].key;
}

export function cueNow(): RoomCue {
  const { termId, revealed, blank } = useRoomCue.getState();
  return { phase: phaseNow(), termId, revealed, blank };
}

let last: { workshop: Workshop; cue: RoomCue; frame: RoomFrame } | null = null;
const sameCue = (a: RoomCue, b: RoomCue) =>
  a.phase === b.phase && a.termId === b.termId && a.revealed === b.revealed && a.blank === b.blank;

/** What the room sees now; the same object until the workshop or the cue changes, so it can be a React snapshot. */
export function currentFrame(): RoomFrame | null {
  const workshop = useWorkshopStore.getState().workshop;
  if (!workshop) return null;
  const cue = cueNow();
  if (last && last.workshop === workshop && sameCue(last.cue, cue)) return last.frame;
  last = { workshop, cue, frame: roomFrame(workshop, cue) };
  return last.frame;
}

/** Calls back when what the room sees may have changed: an edit, the cue, or the facilitator moving phase. */
export function subscribeFrame(listener: () => void): () => void {
  const offWorkshop = useWorkshopStore.subscribe((s, before) => s.workshop !== before.workshop && listener());
  const offCue = useRoomCue.subscribe((s, before) => {
    if (s.termId !== before.termId || s.revealed !== before.revealed || s.blank !== before.blank) listener();
  });
  window.addEventListener("hashchange", listener);
  return () => {
    offWorkshop();
    offCue();
    window.removeEventListener("hashchange", listener);
  };
}
