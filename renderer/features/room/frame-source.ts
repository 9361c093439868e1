import type { RoomCue } from "../../../shared/room/cue";
import { type RoomFrame, type RoomJoin, roomFrame } from "../../../shared/room/frame";
import { PHASES, type PhaseKey } from "../../../shared/session/phase-list";
import type { Workshop } from "../../../shared/workshop/model";
import { parseRoute } from "../../app/route";
import { useWorkshopStore } from "../../store/workshop-store";
import { joinShown, usePhones } from "../phones/phones-store";
import { pageKey, useRoomCue } from "./cue-store";

/** The phase the facilitator is on is the route's view: the room follows the facilitator's own navigation. */
export function phaseNow(): PhaseKey {
  const route = parseRoute(window.location.hash);
  const view = route.screen === "workshop" ? route.view : null;
  return PHASES.find((p) => p.key === view)?.key ?? PHASES[0].key;
}

export function cueNow(): RoomCue {
  const { termId, revealed, blank, page, pageOn } = useRoomCue.getState();
  const phase = phaseNow();
  return { phase, termId, revealed, blank, page: pageOn === pageKey(phase, termId) ? page : 0 };
}

/** The next part of long texts on the room screen, for what the facilitator is on now. */
export function nextRoomPage(): void {
  const { phase, termId } = cueNow();
  useRoomCue.getState().nextPage(pageKey(phase, termId));
}

let last: { workshop: Workshop; cue: RoomCue; join: RoomJoin | null; frame: RoomFrame } | null = null;
const sameCue = (a: RoomCue, b: RoomCue) =>
  a.phase === b.phase && a.termId === b.termId && a.revealed === b.revealed && a.blank === b.blank && a.page === b.page;

/** What the room sees now; the same object until the workshop or the cue changes, so it can be a React snapshot. */
export function currentFrame(): RoomFrame | null {
  const workshop = useWorkshopStore.getState().workshop;
  if (!workshop) return null;
  const cue = cueNow();
  const join = joinShown(usePhones.getState());
  if (last && last.workshop === workshop && last.join === join && sameCue(last.cue, cue)) return last.frame;
  last = { workshop, cue, join, frame: roomFrame(workshop, cue, join) };
  return last.frame;
}

/** Calls back when what the room sees may have changed: an edit, the cue, the facilitator moving phase, or phones let in. */
export function subscribeFrame(listener: () => void): () => void {
  const offWorkshop = useWorkshopStore.subscribe((s, before) => s.workshop !== before.workshop && listener());
  const offCue = useRoomCue.subscribe((s, before) => {
    const moved = s.termId !== before.termId || s.revealed !== before.revealed || s.blank !== before.blank;
    if (moved || s.page !== before.page || s.pageOn !== before.pageOn) listener();
  });
  const offPhones = usePhones.subscribe((s, before) => joinShown(s) !== joinShown(before) && listener());
  window.addEventListener("hashchange", listener);
  return () => {
    offWorkshop();
    offCue();
    offPhones();
    window.removeEventListener("hashchange", listener);
  };
}
