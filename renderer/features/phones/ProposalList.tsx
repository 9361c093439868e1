import { byId } from "../../../shared/workshop/locate";
import { edit, useWorkshopStore } from "../../store/workshop-store";
import { usePhones } from "./phones-store";

const drop = (id: string) => usePhones.setState((s) => ({ proposals: s.proposals.filter((p) => p.id !== id) }));

/**
 * Wordings the room sent from its phones. Taking one puts it in the team's
 * column as the facilitator's own edit (one undo step); nothing from a phone
 * reaches a definition without that.
 */
export function ProposalList() {
  const proposals = usePhones((s) => s.proposals);
  const workshop = useWorkshopStore((s) => s.workshop);
  if (!workshop) return null;
  return (
    <section aria-labelledby="proposals-heading">
      <h3 id="proposals-heading">Proposed from phones</h3>
      <ul className="phones-proposals">
        {proposals.map((p) => {
          const term = byId(workshop.terms, p.termId);
          const team = byId(workshop.teams, p.teamId);
          if (!term || !team) return null;
          return (
            <li key={p.id}>
              <p className="phones-muted">
                {team.name} for {term.term}
                {p.by ? ` · from ${p.by}` : ""}
              </p>
              <p className="phones-proposal-text">{p.text}</p>
              <button
                type="button"
                className="btn"
                onClick={() => {
                  if (edit("recordDefinition", p.termId, p.teamId, p.text).ok) drop(p.id);
                }}
              >
                Put in {team.name}'s column
              </button>
              <button type="button" className="btn btn-quiet" onClick={() => drop(p.id)}>
                Dismiss
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
