import type { TermPlace } from "../../../shared/room/frame";

const STATUS_WORDS: Record<TermPlace["status"], string> = {
  open: "Open",
  discussing: "Discussing",
  agreed: "✓ Agreed",
  parked: "Parked",
};

/** The term (or, with a kind, the CRM rule) the room is on, where it stands and how far along the list it is. */
export function TermHeading({ term, kind }: { term: TermPlace; kind?: string }) {
  return (
    <header className="room-term">
      <h1 className="room-title">
        {kind && <span className="room-kind">{kind}: </span>}
        {term.name || "Unnamed term"}
      </h1>
      <span className="room-status">{STATUS_WORDS[term.status]}</span>
      <span className="room-place">
        {term.place} of {term.of}
      </span>
    </header>
  );
}
