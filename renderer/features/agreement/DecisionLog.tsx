import { useState } from "react";
import type { DecisionKind } from "../../../shared/workshop/model";
import { edit, useWorkshopStore } from "../../store/workshop-store";
import { now } from "./clock";

const KIND_LABELS: Record<DecisionKind, string> = {
  agreed: "✓ Agreed",
  override: "⚑ Override",
  parked: "‖ Parked",
  note: "✎ Note",
};

const time = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });

/** Written by the agreements, overrides and parkings themselves; newest first, with the time. */
export function DecisionLog() {
  const decisions = useWorkshopStore((s) => s.workshop?.decisions);
  const [note, setNote] = useState("");
  return (
    <section className="decision-log" aria-labelledby="decision-log-heading">
      <h3 id="decision-log-heading">Decision log</h3>
      {decisions?.length ? (
        <ol reversed>
          {[...decisions].reverse().map((d) => (
            <li key={d.id} className={`decision decision-${d.kind}`}>
              <time dateTime={d.at}>{time.format(new Date(d.at))}</time>
              <span className="decision-kind">{KIND_LABELS[d.kind]}</span>
              <span className="decision-text">{d.text}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">Agreements, overrides and parked terms appear here as they happen.</p>
      )}
      <form
        className="decision-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (edit("addDecisionNote", note, now()).ok) setNote("");
        }}
      >
        <input
          aria-label="Note a decision"
          placeholder="Note a decision…"
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <button type="submit" className="btn">
          Log it
        </button>
      </form>
    </section>
  );
}
