import type { DiffSegment } from "../../shared/glossary/diff";
import "./diff-text.css";

const LABELS = { unique: "only this team", partly: "some teams" } as const;

/**
 * A team's text with its differences marked. The marks are underlines and a
 * tint, not colour alone, so they read on any projector and for everyone.
 */
export function DiffText({ segments }: { segments: readonly DiffSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.mark === "common" ? (
          // Segments never reorder: the index is the segment's identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <span key={i}>{s.text}</span>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <mark key={i} className={`diff-${s.mark}`} title={LABELS[s.mark]}>
            {s.text}
          </mark>
        ),
      )}
    </>
  );
}

/** The legend the room needs once per screen. */
export function DiffLegend() {
  return (
    <p className="diff-legend">
      <mark className="diff-unique">only this team wrote it</mark>
      <mark className="diff-partly">some teams wrote it</mark>
    </p>
  );
}
