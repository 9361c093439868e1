import type { TermStatus } from "../../../shared/workshop/model";
import { termOf } from "../../store/selectors";
import { useWorkshopStore } from "../../store/workshop-store";

/** A word and a symbol, never colour alone: the room reads it from the back. */
export const STATUS_LABELS: Record<TermStatus, string> = {
  open: "○ Open",
  discussing: "◐ Discussing",
  agreed: "● Agreed",
  parked: "‖ Parked",
};

export function StatusBadge({ termId }: { termId: string }) {
  const status = useWorkshopStore((s) => termOf(s, termId)?.status ?? "open");
  return <span className={`status-badge status-${status}`}>{STATUS_LABELS[status]}</span>;
}
