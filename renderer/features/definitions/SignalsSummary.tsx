import { memo, useMemo } from "react";
import { signalsMatrix } from "../../../shared/glossary/signals-matrix";
import { byId } from "../../../shared/workshop/locate";
import type { Team, Term } from "../../../shared/workshop/model";
import { termOf } from "../../store/selectors";
import { useWorkshopStore } from "../../store/workshop-store";

const NONE: Term["teamSignals"] = {};
const NO_SIGNALS: string[] = [];

/**
 * What the room must see from the back: which signals every team counts,
 * and which only some teams count (named, with the teams that count them).
 */
export const SignalsSummary = memo(function SignalsSummary({ termId, teams }: { termId: string; teams: Team[] }) {
  const teamSignals = useWorkshopStore((s) => termOf(s, termId)?.teamSignals ?? NONE);
  const signals = useWorkshopStore((s) => s.workshop?.signals ?? NO_SIGNALS);
  const matrix = useMemo(() => signalsMatrix({ teamSignals }, teams, signals), [teamSignals, teams, signals]);
  const disputed = matrix.rows.filter((r) => r.disputed);
  if (matrix.shared.length === 0 && disputed.length === 0) {
    return <p className="signals-summary muted">No signals ticked yet.</p>;
  }
  return (
    <ul className="signals-summary" aria-label="Signals">
      {matrix.shared.map((signal) => (
        <li key={signal} className="signal-chip signal-shared">
          <span aria-hidden="true">✓ </span>
          {signal} <span className="signal-who">all teams</span>
        </li>
      ))}
      {disputed.map((row) => (
        <li key={row.signal} className="signal-chip signal-disputed">
          <span aria-hidden="true">≠ </span>
          {row.signal}{" "}
          <span className="signal-who">only {row.countedBy.map((id) => byId(teams, id)?.name ?? "?").join(", ")}</span>
        </li>
      ))}
    </ul>
  );
});
