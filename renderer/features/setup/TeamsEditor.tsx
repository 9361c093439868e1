import { useRef } from "react";
import { useShallow } from "zustand/react/shallow";
import { TEAM_COLOURS } from "../../../shared/workshop/create";
import { MAX_TEAMS, MIN_TEAMS } from "../../../shared/workshop/model";
import { useTeam } from "../../store/selectors";
import { edit, useWorkshopStore } from "../../store/workshop-store";
import { useFocusNew } from "../../ui/useFocusNew";

const COLOUR_NAMES: Record<string, string> = {
  "#0072B2": "Blue",
  "#D55E00": "Vermilion",
  "#009E73": "Green",
  "#CC79A7": "Pink",
  "#E69F00": "Orange",
  "#56B4E9": "Sky blue",
};

function TeamRow({ teamId, index, count }: { teamId: string; index: number; count: number }) {
  const team = useTeam(teamId);
  if (!team) return null;
  const label = team.name || `Team ${index + 1}`;
  return (
    <li className="team-row" style={{ borderLeftColor: team.colour }} data-route-target={teamId}>
      <input
        aria-label={`Name of team ${index + 1}`}
        value={team.name}
        onChange={(e) => edit("renameTeam", teamId, e.target.value)}
      />
      <label className="team-colour">
        <span className="visually-hidden">Colour of {label}</span>
        <select value={team.colour} onChange={(e) => edit("setTeamColour", teamId, e.target.value)}>
          {TEAM_COLOURS.map((c) => (
            <option key={c} value={c}>
              {COLOUR_NAMES[c]}
            </option>
          ))}
          {!TEAM_COLOURS.includes(team.colour as never) && <option value={team.colour}>Custom</option>}
        </select>
        <span className="team-swatch" style={{ background: team.colour }} aria-hidden="true" />
      </label>
      <button
        type="button"
        className="btn btn-quiet"
        disabled={index === 0}
        onClick={() => edit("moveTeam", teamId, index - 1)}
        aria-label={`Move ${label} up`}
      >
        ↑
      </button>
      <button
        type="button"
        className="btn btn-quiet"
        disabled={index === count - 1}
        onClick={() => edit("moveTeam", teamId, index + 1)}
        aria-label={`Move ${label} down`}
      >
        ↓
      </button>
      <button
        type="button"
        className="btn btn-danger"
        onClick={() => edit("removeTeam", teamId)}
        aria-label={`Remove ${label}`}
      >
        Remove
      </button>
    </li>
  );
}

export function TeamsEditor() {
  const teamIds = useWorkshopStore(useShallow((s) => s.workshop?.teams.map((t) => t.id) ?? []));
  const section = useRef<HTMLElement>(null);
  const focusNew = useFocusNew(section);
  return (
    <section className="setup-section" aria-labelledby="teams-heading" ref={section}>
      <h2 id="teams-heading">Teams in the room</h2>
      <p className="muted">
        From {MIN_TEAMS} to {MAX_TEAMS} teams. Each has a colour that colour-blind viewers can tell apart.
      </p>
      <ul className="team-list">
        {teamIds.map((id, i) => (
          <TeamRow key={id} teamId={id} index={i} count={teamIds.length} />
        ))}
      </ul>
      <button
        type="button"
        className="btn"
        disabled={teamIds.length >= MAX_TEAMS}
        onClick={() => {
          const added = edit("addTeam");
          if (added.ok) focusNew(added.value);
        }}
      >
        Add team
      </button>
    </section>
  );
}
