import { useMemo, useState } from "react";
import { byId } from "../../../shared/workshop/locate";
import { edit, useWorkshopStore } from "../../store/workshop-store";
import { focusInInspector } from "./reveal";
import { useJourneySelection } from "./selection";

/**
 * A stage's transitions without a mouse: each one by its stages' names, to
 * open in the inspector, and a way to connect this stage to another, since
 * dragging from a handle is the map's only other way.
 */
const NONE: never[] = [];

/**
 * Opens a transition in the inspector with the keyboard in its first field, once the panel shows it: the
 * button pressed goes with the stage's inspector. The panel keeps its scroll, so the field is scrolled to.
 */
function openTransition(id: string): void {
  useJourneySelection.getState().select({ transitionIds: [id] });
  focusInInspector(
    id,
    (inspector) => inspector.querySelector<HTMLElement>('[data-field="trigger"] textarea'),
    (field) => field.scrollIntoView?.({ block: "nearest" }),
  );
}

export function StageConnections({ stageId }: { stageId: string }) {
  const stages = useWorkshopStore((s) => s.workshop?.stages ?? NONE);
  const transitions = useWorkshopStore((s) => s.workshop?.transitions ?? NONE);
  const [to, setTo] = useState("");
  const { links, others } = useMemo(() => {
    const name = (id: string) => byId(stages, id)?.name || "an unnamed stage";
    return {
      links: transitions
        .filter((t) => t.from === stageId || t.to === stageId)
        .map((t) => ({ id: t.id, label: t.from === stageId ? `To ${name(t.to)}` : `From ${name(t.from)}` })),
      others: stages.filter((x) => x.id !== stageId),
    };
  }, [stages, transitions, stageId]);
  const target = others.some((o) => o.id === to) ? to : (others[0]?.id ?? "");
  return (
    <section className="stage-connections" aria-labelledby={`connections-${stageId}`}>
      <h3 id={`connections-${stageId}`}>Transitions</h3>
      {links.length > 0 && (
        <ul>
          {links.map((link) => (
            <li key={link.id}>
              <button type="button" className="btn btn-quiet" onClick={() => openTransition(link.id)}>
                {link.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <form
          className="stage-connect"
          onSubmit={(event) => {
            event.preventDefault();
            const made = edit("connectStages", stageId, target);
            if (made.ok && typeof made.value === "string") openTransition(made.value);
          }}
        >
          <label className="field">
            <span>Connect to</span>
            <select value={target} onChange={(event) => setTo(event.target.value)}>
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name || "(unnamed stage)"}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn">
            Add transition
          </button>
        </form>
      )}
    </section>
  );
}
