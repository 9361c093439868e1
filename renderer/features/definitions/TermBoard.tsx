import { useShallow } from "zustand/react/shallow";
import { useWorkshopStore } from "../../store/workshop-store";
import { TermRow } from "./TermRow";
import { useTeams } from "./teams";

/** Past this many terms, rows make their cells as they come near the screen (see TermRow). */
const LAZY_FROM = 40;

/**
 * The rows subscribe to the term ids only (by value, with useShallow): typing
 * a definition changes a term but not the list of ids, so the board itself
 * never re-renders on a keystroke.
 */
export function TermBoard({ onSpotlight }: { onSpotlight: (termId: string) => void }) {
  const termIds = useWorkshopStore(useShallow((s) => s.workshop?.terms.map((t) => t.id) ?? []));
  const teams = useTeams();
  if (termIds.length === 0) {
    return (
      <p className="board-empty">
        No terms yet. Every stage of the journey map brings its own term; add free terms such as “lead”, “qualified”,
        “intent” or “fit” above.
      </p>
    );
  }
  return (
    <div className="term-board" style={{ "--teams": teams.length } as React.CSSProperties}>
      <div className="term-board-teams" aria-hidden="true">
        {teams.map((team) => (
          <span key={team.id} style={{ borderBottomColor: team.colour }}>
            {team.name}
          </span>
        ))}
      </div>
      {termIds.map((id) => (
        <TermRow key={id} termId={id} teams={teams} onSpotlight={onSpotlight} lazy={termIds.length > LAZY_FROM} />
      ))}
    </div>
  );
}
