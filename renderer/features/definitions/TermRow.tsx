import { memo, useRef, useState } from "react";
import type { Team } from "../../../shared/workshop/model";
import { termOf } from "../../store/selectors";
import { useWorkshopStore } from "../../store/workshop-store";
import { DefinitionCell } from "./DefinitionCell";
import { SignalsMatrix } from "./SignalsMatrix";
import { SignalsSummary } from "./SignalsSummary";
import { StatusBadge } from "./StatusBadge";
import { TermTools } from "./TermTools";
import { useDifferences, useSeen } from "./useDifferences";

interface Props {
  termId: string;
  teams: Team[];
  onSpotlight: (termId: string) => void;
  /**
   * On a large board, a row's cells are made only once it comes near the
   * screen: 500 terms of six long definitions each would otherwise take
   * seconds to open. Its heading is always there, so links and the palette
   * find it.
   */
  lazy?: boolean;
}

/** A term's row: its name, a cell per team, and the signals each team counts. */
export const TermRow = memo(function TermRow({ termId, teams, onSpotlight, lazy = false }: Props) {
  const name = useWorkshopStore((s) => termOf(s, termId)?.term ?? "");
  const isStage = useWorkshopStore((s) => termOf(s, termId)?.stageId != null);
  const row = useRef<HTMLElement>(null);
  const seen = useSeen(row);
  const comparison = useDifferences(termId, seen);
  const shown = seen || !lazy;
  const [ticking, setTicking] = useState(false);
  const [editing, setEditing] = useState(false);
  return (
    <section
      ref={row}
      className="term-row"
      aria-label={name}
      data-route-target={termId}
      data-differences={comparison === null ? "pending" : comparison.complete ? "marked" : "too-long"}
    >
      <header className="term-row-head">
        <h3>{name}</h3>
        {isStage && <span className="term-kind">stage</span>}
        <StatusBadge termId={termId} />
        {/* In the heading, where it is seen at once: the texts below may run for screens. */}
        {comparison?.complete === false && (
          <span className="muted term-too-long">Too long to mark their differences</span>
        )}
        <button
          type="button"
          className="btn btn-quiet"
          aria-label={`Spotlight ${name}`}
          onClick={() => onSpotlight(termId)}
        >
          Spotlight
        </button>
        <button
          type="button"
          className="btn btn-quiet"
          aria-expanded={ticking}
          aria-label={`${ticking ? "Hide signals" : "Tick signals"} for ${name}`}
          onClick={() => setTicking(!ticking)}
        >
          {ticking ? "Hide signals" : "Tick signals"}
        </button>
        <button
          type="button"
          className="btn btn-quiet"
          aria-expanded={editing}
          aria-label={`${editing ? "Done editing" : "Edit term"} ${name}`}
          title="Rename, move or remove this term"
          onClick={() => setEditing(!editing)}
        >
          {editing ? "Done" : "Edit term"}
        </button>
      </header>
      {editing && <TermTools termId={termId} />}
      {shown && (
        <div className="term-cells">
          {teams.map((team) => (
            <DefinitionCell
              key={team.id}
              termId={termId}
              termName={name}
              teamId={team.id}
              teamName={team.name}
              segments={comparison?.segments[team.id]}
            />
          ))}
        </div>
      )}
      {shown && <SignalsSummary termId={termId} teams={teams} />}
      {ticking && <SignalsMatrix termId={termId} termName={name} teams={teams} />}
    </section>
  );
});
