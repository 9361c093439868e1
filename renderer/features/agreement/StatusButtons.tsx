import { TERM_STATUSES } from "../../../shared/workshop/model";
import { setTermStatus } from "../../../shared/workshop/terms";
import { useWorkshopStore } from "../../store/workshop-store";
import { STATUS_LABELS } from "./TermPicker";
import { now, useTermField } from "./useTerm";

/** A refused "Agreed" shows its reason in the shell's banner: what is missing, or what blocks. */
export function StatusButtons({ termId, termName }: { termId: string; termName: string }) {
  const status = useTermField(termId, "status");
  const apply = useWorkshopStore((s) => s.apply);
  return (
    <fieldset className="status-buttons">
      <legend className="visually-hidden">Status of {termName}</legend>
      {TERM_STATUSES.map((s) => (
        <button
          key={s}
          type="button"
          className={`btn status-button status-${s}`}
          aria-pressed={status === s}
          onClick={() => apply((w) => setTermStatus(w, termId, s, now()))}
        >
          {STATUS_LABELS[s]}
        </button>
      ))}
    </fieldset>
  );
}
