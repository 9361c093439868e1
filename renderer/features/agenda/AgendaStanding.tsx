import { useShallow } from "zustand/react/shallow";
import { agendaStanding, standingText } from "../../../shared/session/agenda";
import type { PhaseKey } from "../../../shared/session/phase-list";
import { useWorkshopStore } from "../../store/workshop-store";
import { useNow } from "../../ui/useNow";

/** How the session stands against its plan, for the facilitator only; it moves on every quarter minute. */
export function AgendaStanding({ phase, termId }: { phase: PhaseKey; termId: string | null }) {
  const agendaStartedAt = useWorkshopStore((s) => s.workshop?.agendaStartedAt ?? null);
  const now = useNow(agendaStartedAt !== null, 15_000);
  // One sentence, so typing elsewhere in the workshop does not draw the strip again.
  const standing = useWorkshopStore(
    useShallow((s) => {
      const w = s.workshop;
      if (!w || w.agenda.length === 0) return null;
      const at = agendaStanding(w, phase, termId, now);
      return { kind: at.kind, text: standingText(at) };
    }),
  );
  if (!standing) return null;
  return (
    <p className={`presenter-agenda presenter-agenda-${standing.kind}`}>
      <span className="presenter-label">Agenda</span> {standing.text}
    </p>
  );
}
