import { useShallow } from "zustand/react/shallow";
import type { TermStatus } from "../../../shared/workshop/model";
import { useWorkshopStore } from "../../store/workshop-store";

export const STATUS_LABELS: Record<TermStatus, string> = {
  open: "○ Open",
  discussing: "◐ Discussing",
  agreed: "● Agreed",
  parked: "‖ Parked",
};

/** The glossary as a list to work through; name and status only, so typing elsewhere leaves it alone. */
export function TermPicker({ current, onPick }: { current: string | null; onPick: (termId: string) => void }) {
  const terms = useWorkshopStore(
    useShallow((s) => s.workshop?.terms.map((t) => `${t.id}\u0000${t.term}\u0000${t.status}`) ?? []),
  );
  return (
    <nav className="term-picker" aria-label="Terms">
      <ol>
        {terms.map((entry) => {
          const [id = "", name = "", status = "open"] = entry.split("\u0000");
          return (
            <li key={id}>
              <button
                type="button"
                className="term-pick"
                aria-current={id === current ? "true" : undefined}
                onClick={() => onPick(id)}
              >
                <span className="term-pick-name">{name}</span>
                <span className={`term-pick-status status-${status}`}>{STATUS_LABELS[status as TermStatus]}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
