import { useMemo } from "react";
import { compareMeaning } from "../../../shared/glossary/content-words";
import type { Team } from "../../../shared/workshop/model";
import { useTermField } from "../../store/selectors";
import { edit, useWorkshopStore } from "../../store/workshop-store";
import { DiffText } from "../../ui/DiffText";

const NO_TEAMS: Team[] = [];
const NONE: Record<string, string> = {};

/** The teams' words, differences marked, each a starting point for the agreed definition. */
export function TeamTexts({ termId, termName }: { termId: string; termName: string }) {
  const teams = useWorkshopStore((s) => s.workshop?.teams ?? NO_TEAMS);
  const texts = useTermField(termId, "teamDefinitions") ?? NONE;
  const status = useTermField(termId, "status");
  const differences = useMemo(() => compareMeaning(texts).segments, [texts]);
  const startFrom = (definition: string) => edit("updateAgreement", termId, { definition });
  return (
    <div className="team-texts" style={{ "--teams": teams.length } as React.CSSProperties}>
      {teams.map((team) => (
        <article key={team.id} className="team-text" style={{ borderTopColor: team.colour }}>
          <h4>{team.name}</h4>
          <p>
            {texts[team.id]?.trim() ? <DiffText segments={differences[team.id] ?? []} /> : <em>Not written yet.</em>}
          </p>
          <button
            type="button"
            className="btn"
            aria-label={`Start from ${team.name}'s text for ${termName}`}
            disabled={!texts[team.id]?.trim() || status === "agreed"}
            onClick={() => startFrom(texts[team.id] ?? "")}
          >
            Start from {team.name}'s text
          </button>
        </article>
      ))}
    </div>
  );
}
