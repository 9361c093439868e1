import { useEffect, useState } from "react";
import { agendaStanding, standingText } from "../../../shared/session/agenda";
import type { PhaseKey } from "../../../shared/session/phase-list";
import { useWorkshopStore } from "../../store/workshop-store";

/** How the session stands against its plan, for the facilitator only; it moves on every quarter minute. */
export function AgendaStanding({ phase, termId }: { phase: PhaseKey; termId: string | null }) {
  const agenda = useWorkshopStore((s) => s.workshop?.agenda);
  const terms = useWorkshopStore((s) => s.workshop?.terms);
  const agendaStartedAt = useWorkshopStore((s) => s.workshop?.agendaStartedAt ?? null);
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    if (!agendaStartedAt) return;
    const id = setInterval(() => setNow(new Date().toISOString()), 15_000);
    return () => clearInterval(id);
  }, [agendaStartedAt]);
  if (!agenda || !terms || agenda.length === 0) return null;
  const standing = agendaStanding({ agenda, terms, agendaStartedAt }, phase, termId, now);
  return (
    <p className={`presenter-agenda presenter-agenda-${standing.kind}`}>
      <span className="presenter-label">Agenda</span> {standingText(standing)}
    </p>
  );
}
