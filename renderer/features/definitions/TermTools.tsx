import { indexById } from "../../../shared/workshop/locate";
import { termOf } from "../../store/selectors";
import { edit, useWorkshopStore } from "../../store/workshop-store";
import { CommitField } from "../../ui/CommitField";

/**
 * A term's own housekeeping, out of the way until asked for: rename, move in
 * the glossary, remove. A stage's term is renamed here too (the stage follows)
 * but removed only with its stage, on the map. Removing undoes like any edit.
 */
export function TermTools({ termId }: { termId: string }) {
  const name = useWorkshopStore((s) => termOf(s, termId)?.term ?? "");
  const isStage = useWorkshopStore((s) => termOf(s, termId)?.stageId != null);
  const index = useWorkshopStore((s) => (s.workshop ? (indexById(s.workshop.terms).get(termId) ?? -1) : -1));
  const last = useWorkshopStore((s) => (s.workshop?.terms.length ?? 0) - 1);
  return (
    <fieldset className="term-tools">
      <legend className="visually-hidden">Edit the term {name}</legend>
      <CommitField
        label="Name"
        value={name}
        field={{ kind: "termName", termId }}
        onCommit={(v) => edit("renameTerm", termId, v).ok}
      />
      <button
        type="button"
        className="btn"
        disabled={index <= 0}
        onClick={() => edit("moveTerm", termId, index - 1)}
        aria-label={`Move ${name} up`}
      >
        ↑ Up
      </button>
      <button
        type="button"
        className="btn"
        disabled={index >= last}
        onClick={() => edit("moveTerm", termId, index + 1)}
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
          onClick={() => edit("removeTerm", termId)}
          aria-label={`Remove ${name}`}
        >
          Remove term
        </button>
      )}
    </fieldset>
  );
}
