import type { Team } from "../../../shared/workshop/model";
import { own } from "../../../shared/workshop/own";
import { termOf } from "../../store/selectors";
import { edit, useWorkshopStore } from "../../store/workshop-store";

const NO_SIGNALS: string[] = [];

function SignalTick({
  termId,
  termName,
  team,
  signal,
}: {
  termId: string;
  termName: string;
  team: Team;
  signal: string;
}) {
  const ticked = useWorkshopStore((s) => {
    const term = termOf(s, termId);
    return (term && own(term.teamSignals, team.id)?.includes(signal)) ?? false;
  });
  return (
    <td>
      <input
        type="checkbox"
        className="signal-tick"
        aria-label={`${team.name} counts ${signal} for ${termName}`}
        checked={ticked}
        onChange={() => edit("toggleSignal", termId, team.id, signal)}
      />
    </td>
  );
}

/** The full grid for ticking: a signal per row, a team per column. Shown on demand to keep the board calm. */
export function SignalsMatrix({ termId, termName, teams }: { termId: string; termName: string; teams: Team[] }) {
  const signals = useWorkshopStore((s) => s.workshop?.signals ?? NO_SIGNALS);
  return (
    <table className="signals-matrix">
      <caption className="visually-hidden">Signals each team counts for {termName}</caption>
      <thead>
        <tr>
          <th scope="col">Signal</th>
          {teams.map((team) => (
            <th key={team.id} scope="col" style={{ borderBottomColor: team.colour }}>
              {team.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {signals.map((signal) => (
          <tr key={signal}>
            <th scope="row">{signal}</th>
            {teams.map((team) => (
              <SignalTick key={team.id} termId={termId} termName={termName} team={team} signal={signal} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
