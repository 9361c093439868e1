import { useEffect, useRef } from "react";
import { useShallow } from "zustand/react/shallow";
import { termOf } from "../../store/selectors";
import { useWorkshopStore } from "../../store/workshop-store";
import { DiffLegend, DiffText } from "../../ui/DiffText";
import { SignalsSummary } from "./SignalsSummary";
import { StatusBadge } from "./StatusBadge";
import { useTeams } from "./teams";
import { useDifferences } from "./useDifferences";

interface Props {
  termId: string;
  onMove: (termId: string) => void;
  onClose: () => void;
}

/** One term, full screen, the teams side by side in large type: what the room looks at while it argues. */
export function Spotlight({ termId, onMove, onClose }: Props) {
  const termIds = useWorkshopStore(useShallow((s) => s.workshop?.terms.map((t) => t.id) ?? []));
  const name = useWorkshopStore((s) => termOf(s, termId)?.term ?? "");
  const texts = useWorkshopStore((s) => termOf(s, termId)?.teamDefinitions);
  const teams = useTeams();
  const differences = useDifferences(termId)?.segments ?? {};
  const index = termIds.indexOf(termId);
  const dialog = useRef<HTMLDivElement>(null);
  const previous = index > 0 ? termIds[index - 1] : undefined;
  const next = index >= 0 && index < termIds.length - 1 ? termIds[index + 1] : undefined;

  useEffect(() => dialog.current?.focus(), []);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === "Escape") onClose();
      else if ((e.key === "ArrowRight" || e.key === "PageDown") && next) onMove(next);
      else if ((e.key === "ArrowLeft" || e.key === "PageUp") && previous) onMove(previous);
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [next, previous, onMove, onClose]);

  if (index < 0) return null;
  return (
    <div
      className="spotlight"
      role="dialog"
      aria-modal="true"
      aria-label={`Spotlight: ${name}`}
      tabIndex={-1}
      ref={dialog}
    >
      <header className="spotlight-head">
        <h2>{name}</h2>
        <StatusBadge termId={termId} />
        <span className="spotlight-count">
          {index + 1} of {termIds.length}
        </span>
      </header>
      <div className="spotlight-columns" style={{ "--teams": teams.length } as React.CSSProperties}>
        {teams.map((team) => (
          <article key={team.id} className="spotlight-team" style={{ borderTopColor: team.colour }}>
            <h3>{team.name}</h3>
            {texts?.[team.id]?.trim() ? (
              <p className="spotlight-text">
                {/* Until compared, the words as written: never a blank while the room waits. */}
                <DiffText segments={differences[team.id] ?? [{ text: texts[team.id] ?? "", mark: "common" }]} />
              </p>
            ) : (
              <p className="spotlight-text muted">Not written yet.</p>
            )}
          </article>
        ))}
      </div>
      <SignalsSummary termId={termId} teams={teams} />
      <footer className="spotlight-foot">
        <DiffLegend />
        <span className="spotlight-keys">← previous · → next · Esc close</span>
        <button type="button" className="btn" disabled={!previous} onClick={() => previous && onMove(previous)}>
          ← Previous term
        </button>
        <button type="button" className="btn" disabled={!next} onClick={() => next && onMove(next)}>
          Next term →
        </button>
        <button type="button" className="btn btn-primary" onClick={onClose}>
          Close spotlight
        </button>
      </footer>
    </div>
  );
}
