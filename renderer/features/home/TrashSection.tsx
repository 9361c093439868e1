import type { WorkshopSummary } from "../../storage/db";
import { formatDateTime } from "../../ui/format";

interface Props {
  trash: WorkshopSummary[];
  onRestore: (id: string) => void;
  onDeleteForever: (id: string) => void;
}

export function TrashSection({ trash, onRestore, onDeleteForever }: Props) {
  if (trash.length === 0) return null;
  return (
    <details className="trash">
      <summary>
        Trash ({trash.length}){" "}
        <span className="muted">— deleted workshops stay here until you delete them for good</span>
      </summary>
      <ul className="workshop-list">
        {trash.map((w) => {
          const name = w.title || "Untitled workshop";
          return (
            <li key={w.id} className="workshop-row">
              <div className="workshop-row-main">
                <span className="workshop-row-title">{name}</span>
                <span className="muted">Deleted {w.deletedAt ? formatDateTime(w.deletedAt) : ""}</span>
              </div>
              <div className="workshop-row-actions">
                <button type="button" className="btn" onClick={() => onRestore(w.id)} aria-label={`Restore ${name}`}>
                  Restore
                </button>
                <button
                  type="button"
                  className="btn btn-danger"
                  onClick={() => {
                    if (window.confirm(`Delete “${name}” for good? This cannot be undone.`)) onDeleteForever(w.id);
                  }}
                  aria-label={`Delete ${name} for good`}
                >
                  Delete for good
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
