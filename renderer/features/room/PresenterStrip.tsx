import { useShallow } from "zustand/react/shallow";
import { presenterLine } from "../../../shared/room/presenter";
import { useRoute } from "../../app/route";
import { AgendaStanding } from "../agenda/AgendaStanding";
import "./presenter.css";
import { useServices } from "../../storage/StorageContext";
import { useWorkshopStore } from "../../store/workshop-store";
import { usePhones } from "../phones/phones-store";
import { useRoomCue } from "./cue-store";
import { cueNow } from "./frame-source";
import { openRoomScreen } from "./open-room";
import { TimeBoxLine } from "./TimeBoxLine";

/**
 * The facilitator's view of the room screen, under the header: what the room
 * sees now, what comes next, whether the votes are shown, and the controls
 * for the room screen itself.
 */
export function PresenterStrip({ workshopId }: { workshopId: string }) {
  const { host } = useServices();
  useRoute();
  const cue = useRoomCue(useShallow((s) => ({ termId: s.termId, revealed: s.revealed, blank: s.blank })));
  const rooms = useRoomCue((s) => s.rooms.length);
  const problem = useRoomCue((s) => s.problem);
  const phones = usePhones(useShallow((s) => ({ status: s.status, count: s.devices.length, shown: s.panelOpen })));
  const line = useWorkshopStore(
    useShallow((s) => {
      if (!s.workshop) return null;
      const l = presenterLine(s.workshop, { ...cueNow(), ...cue });
      return {
        now: l.now,
        next: l.next,
        votesTerm: l.votes?.termId ?? null,
        cast: l.votes?.cast ?? 0,
        revealed: l.votes?.revealed ?? false,
      };
    }),
  );
  if (!line) return null;
  return (
    <section className="presenter-strip" aria-label="Room screen">
      <p className="presenter-now">
        <span className="presenter-label">Room sees</span> {line.now}
      </p>
      <p className="presenter-next">
        <span className="presenter-label">Next</span> {line.next}
      </p>
      <TimeBoxLine />
      <AgendaStanding phase={cueNow().phase} termId={cue.termId} />
      {line.votesTerm && (
        <button
          type="button"
          className="btn"
          aria-pressed={line.revealed}
          aria-keyshortcuts="H"
          onClick={() => line.votesTerm && useRoomCue.getState().toggleReveal(line.votesTerm)}
        >
          {line.revealed ? "Hide the votes" : `Reveal the votes (${line.cast})`}
        </button>
      )}
      <button
        type="button"
        className="btn"
        aria-pressed={cue.blank}
        aria-keyshortcuts="."
        onClick={() => useRoomCue.getState().toggleBlank()}
      >
        {cue.blank ? "Show the room screen again" : "Blank the room screen"}
      </button>
      <button type="button" className="btn" onClick={() => void openRoomScreen(host, workshopId)}>
        {rooms > 0 ? "Room screen open ↗" : "Open room screen"}
      </button>
      <button
        type="button"
        className="btn"
        aria-expanded={phones.shown}
        onClick={() => usePhones.setState({ panelOpen: !phones.shown })}
      >
        {phones.status === "open" ? `Phones: ${phones.count} in` : "Phones"}
      </button>
      {problem && (
        <p className="presenter-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
