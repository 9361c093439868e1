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

/**
 * Open, discussing, agreed, parked: for a term or a CRM rule alike, with the
 * same keys. A refused "Agreed" shows its reason in the shell's banner: what
 * is missing, or what blocks.
 */
export function StatusButtons({
  name,
  status,
  mark,
}: {
  name: string;
  status: TermStatus | undefined;
  mark: (status: TermStatus) => void;
}) {
  useBindCommands({
    "agreement.open": () => mark("open"),
    "agreement.discussing": () => mark("discussing"),
    "agreement.agreed": () => mark("agreed"),
    "agreement.parked": () => mark("parked"),
  });
  return (
    <fieldset className="status-buttons">
      <legend className="visually-hidden">Status of {name}</legend>
      {TERM_STATUSES.map((s) => (
        <button
          key={s}
          type="button"
          className={`btn status-button status-${s}`}
          aria-pressed={status === s}
          onClick={() => mark(s)}
          aria-keyshortcuts={STATUS_KEYS[s]}
        >
          {STATUS_LABELS[s]}
        </button>
      ))}
    </fieldset>
  );
}

export function TermStatusButtons({ termId, termName }: { termId: string; termName: string }) {
  const status = useTermField(termId, "status");
  return <StatusButtons name={termName} status={status} mark={(s) => edit("setTermStatus", termId, s, now())} />;
}
