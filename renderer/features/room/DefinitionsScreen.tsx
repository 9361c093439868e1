import { DiffText } from "../../ui/DiffText";
import { FitText } from "./fit";
import type { FrameOf } from "./RoomScreen";
import { TermHeading } from "./TermHeading";

/** Up to four teams side by side; five or six in two rows, so a team's name and words keep whole words. */
const columnsFor = (teams: number) => (teams <= 4 ? teams : Math.ceil(teams / 2));

/** One term, each team's words side by side, what only some teams wrote marked. */
export function DefinitionsScreen({ frame }: { frame: FrameOf<"definitions"> }) {
  const { term } = frame;
  if (!term) return <p className="room-empty">No terms yet.</p>;
  return (
    <div className="room-definitions">
      <TermHeading term={term} />
      <div className="room-columns" style={{ "--columns": columnsFor(frame.teams.length) } as React.CSSProperties}>
        {frame.teams.map((team) => {
          const segments = term.columns.find((c) => c.teamId === team.id)?.segments ?? [];
          return (
            <section key={team.id} className="room-column" style={{ borderTopColor: team.colour }}>
              <h3>{team.name}</h3>
              {segments.length === 0 ? (
                <p className="room-muted">Not written yet.</p>
              ) : (
                <FitText>
                  <DiffText segments={segments} />
                </FitText>
              )}
            </section>
          );
        })}
      </div>
      <p className="room-legend">
        {term.compared ? (
          <>
            <mark className="diff-unique">only this team</mark>
            {frame.teams.length > 2 && <mark className="diff-partly">some teams</mark>}
          </>
        ) : (
          "Too long to mark the differences"
        )}
      </p>
    </div>
  );
}
