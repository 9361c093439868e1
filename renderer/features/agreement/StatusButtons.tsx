import { TERM_STATUSES, type TermStatus } from "../../../shared/workshop/model";
import { useBindCommands } from "../../commands/bind";
import { useTermField } from "../../store/selectors";
import { edit } from "../../store/workshop-store";
import { now } from "./clock";
import { STATUS_LABELS } from "./TermPicker";

const STATUS_KEYS: Record<TermStatus, string> = {
  open: "Shift+O",
  discussing: "Shift+D",
  agreed: "Shift+A",
  parked: "Shift+P",
};

/** A refused "Agreed" shows its reason in the shell's banner: what is missing, or what blocks. */
export function StatusButtons({ termId, termName }: { termId: string; termName: string }) {
  const status = useTermField(termId, "status");
  const mark = (s: TermStatus) => () => edit("setTermStatus", termId, s, now());
  useBindCommands({
    "agreement.open": mark("open"),
    "agreement.discussing": mark("discussing"),
    "agreement.agreed": mark("agreed"),
    "agreement.parked": mark("parked"),
  });
  return (
    <fieldset className="status-buttons">
      <legend className="visually-hidden">Status of {termName}</legend>
      {TERM_STATUSES.map((s) => (
        <button
          key={s}
          type="button"
          className={`btn status-button status-${s}`}
          aria-pressed={status === s}
          onClick={mark(s)}
          aria-keyshortcuts={STATUS_KEYS[s]}
        >
          {STATUS_LABELS[s]}
        </button>
      ))}
    </fieldset>
  );
}
