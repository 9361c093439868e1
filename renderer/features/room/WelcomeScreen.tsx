import type { AgendaLine } from "../../../shared/room/frame";
import { formatPlannedStart, formatWorkshopDate } from "../../ui/format";
import { FitList } from "./fit";
import { JoinCard } from "./JoinCard";
import type { FrameOf } from "./RoomScreen";

function Line({ line, startedAt }: { line: AgendaLine; startedAt: string | null }) {
  if (line.minutes === null || line.startsAt === null) return <span>{line.label}</span>;
  return (
    <span className="room-agenda-line">
      <span className="room-agenda-time">{formatPlannedStart(startedAt, line.startsAt)}</span> {line.label}
      <span className="room-muted"> · {line.minutes} min</span>
    </span>
  );
}

export function WelcomeScreen({ frame }: { frame: FrameOf<"welcome"> }) {
  const title = frame.title.trim() || "Untitled workshop";
  const byline = [frame.organization.trim(), frame.date && formatWorkshopDate(frame.date)].filter(Boolean).join(" · ");
  const planned = frame.agenda.some((line) => line.minutes !== null);
  return (
    <div className={`room-welcome${frame.join ? " room-welcome-join" : ""}`}>
      {frame.join && <JoinCard join={frame.join} />}
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
      <section className={`room-agenda${planned ? " room-agenda-planned" : ""}`} aria-label="Today">
        <h2>Today</h2>
        <FitList
          className="room-agenda-list"
          counting={["item", "items"]}
          items={frame.agenda.map((line, i) => ({
            key: `${i}`,
            node: <Line line={line} startedAt={frame.agendaStartedAt} />,
          }))}
        />
      </section>
    </div>
  );
}
