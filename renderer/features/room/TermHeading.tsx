import type { TermPlace } from "../../../shared/room/frame";

const STATUS_WORDS: Record<TermPlace["status"], string> = {
  open: "Open",
  discussing: "Discussing",
  agreed: "✓ Agreed",
  parked: "Parked",
};

export function TermHeading({ term }: { term: TermPlace }) {
  return (
    <header className="room-term">
      <h1 className="room-title">{term.name || "Unnamed term"}</h1>
      <span className="room-status">{STATUS_WORDS[term.status]}</span>
      <span className="room-place">
        {term.place} of {term.of}
      </span>
    </header>
  );
}
