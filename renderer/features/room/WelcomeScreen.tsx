import { formatWorkshopDate } from "../../ui/format";
import type { FrameOf } from "./RoomScreen";

export function WelcomeScreen({ frame }: { frame: FrameOf<"welcome"> }) {
  const title = frame.title.trim() || "Untitled workshop";
  const byline = [frame.organisation.trim(), frame.date && formatWorkshopDate(frame.date)].filter(Boolean).join(" · ");
  return (
    <div className="room-welcome">
      <h1 className="room-title">{title}</h1>
      {byline && <p className="room-byline">{byline}</p>}
      {frame.facilitator.trim() && <p className="room-byline">Facilitated by {frame.facilitator.trim()}</p>}
      <ul className="room-teams" aria-label="Teams in the room">
        {frame.teams.map((team) => (
          <li key={team.id} style={{ borderColor: team.colour }}>
            {team.name}
          </li>
        ))}
      </ul>
      <section className="room-agenda" aria-label="Today">
        <h2>Today</h2>
        <ol>
          {frame.agenda.map((line) => (
            <li key={line.label}>{line.label}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}
