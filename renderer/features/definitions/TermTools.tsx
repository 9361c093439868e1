import { moveTerm, removeTerm, renameTerm } from "../../../shared/workshop/terms";
import { useWorkshopStore } from "../../store/workshop-store";
import { CommitField } from "../../ui/CommitField";
import { termById } from "./useTerm";

/**
 * A term's own housekeeping, out of the way until asked for: rename, move in
 * the glossary, remove. A stage's term is renamed here too (the stage follows)
 * but removed only with its stage, on the map. Removing undoes like any edit.
 */
export function TermTools({ termId }: { termId: string }) {
  const name = useWorkshopStore((s) => termById(s.workshop, termId)?.term ?? "");
  const isStage = useWorkshopStore((s) => termById(s.workshop, termId)?.stageId != null);
  const index = useWorkshopStore((s) => s.workshop?.terms.findIndex((t) => t.id === termId) ?? -1);
  const last = useWorkshopStore((s) => (s.workshop?.terms.length ?? 0) - 1);
  const apply = useWorkshopStore((s) => s.apply);
  return (
    <fieldset className="term-tools">
      <legend className="visually-hidden">Edit the term {name}</legend>
      <CommitField label="Name" value={name} onCommit={(v) => apply((w) => renameTerm(w, termId, v))} />
      <button
        type="button"
        className="btn"
        disabled={index <= 0}
        onClick={() => apply((w) => moveTerm(w, termId, index - 1))}
        aria-label={`Move ${name} up`}
      >
        ↑ Up
      </button>
      <button
        type="button"
        className="btn"
        disabled={index >= last}
        onClick={() => apply((w) => moveTerm(w, termId, index + 1))}
        aria-label={`Move ${name} down`}
      >
        ↓ Down
      </button>
      {isStage ? (
        <span className="muted">A stage’s term goes with its stage, on the Journey map.</span>
      ) : (
        <button
          type="button"
          className="btn btn-danger"
          onClick={() => apply((w) => removeTerm(w, termId))}
          aria-label={`Remove ${name}`}
        >
          Remove term
        </button>
      )}
    </fieldset>
  );
}
