import { agendaMinutes, durationText } from "../../../shared/session/agenda";
import type { AgendaItem, Term } from "../../../shared/workshop/model";
import { edit, useWorkshopStore } from "../../store/workshop-store";
import { formatPlannedStart } from "../../ui/format";
import { AgendaRow } from "./AgendaRow";
import "./agenda.css";

const NO_ITEMS: AgendaItem[] = [];
const NO_TERMS: Term[] = [];

/** The session's time plan: what the facilitator means to spend on each part, and the clock the room runs against. */
export function AgendaEditor() {
  const agenda = useWorkshopStore((s) => s.workshop?.agenda ?? NO_ITEMS);
  const terms = useWorkshopStore((s) => s.workshop?.terms ?? NO_TERMS);
  const startedAt = useWorkshopStore((s) => s.workshop?.agendaStartedAt ?? null);
  let at = 0;
  return (
    <section className="setup-section agenda-editor" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">Agenda</h2>
      <p className="muted">
        {agenda.length === 0
          ? "No time plan yet: start from the half-day plan, or add time part by part."
          : `${durationText(agendaMinutes({ agenda }))} in all · ${
              startedAt
                ? `the session’s clock started at ${formatPlannedStart(startedAt, 0)}`
                : "the session’s clock has not started"
            }`}
      </p>
      <div className="agenda-actions">
        <button type="button" className="btn" onClick={() => edit("planHalfDay")}>
          {agenda.length === 0 ? "Use the half-day plan" : "Replace with the half-day plan"}
        </button>
        <button
          type="button"
          className="btn"
          disabled={agenda.length === 0}
          onClick={() => edit("startAgendaClock", new Date().toISOString())}
        >
          {startedAt ? "Restart the session’s clock now" : "Start the session’s clock now"}
        </button>
        {startedAt && (
          <button type="button" className="btn btn-quiet" onClick={() => edit("startAgendaClock", null)}>
            Stop the clock
          </button>
        )}
      </div>
      {agenda.length > 0 && (
        <ol className="agenda-list">
          {agenda.map((item, index) => {
            const startsAt = at;
            at += item.minutes;
            return (
              <AgendaRow
                key={item.id}
                item={item}
                index={index}
                count={agenda.length}
                terms={terms}
                startsAt={startsAt}
                startedAt={startedAt}
              />
            );
          })}
        </ol>
      )}
      <button type="button" className="btn" onClick={() => edit("addAgendaItem", { part: "agreement" })}>
        + Add time
      </button>
    </section>
  );
}
