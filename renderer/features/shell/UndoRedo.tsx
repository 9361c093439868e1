import { redo, undo, useWorkshopStore } from "../../store/workshop-store";

const isMac = typeof navigator !== "undefined" && /Mac/i.test(navigator.platform);
const mod = isMac ? "⌘" : "Ctrl+";

export function UndoRedo() {
  const canUndo = useWorkshopStore((s) => s.history.past.length > 0);
  const canRedo = useWorkshopStore((s) => s.history.future.length > 0);
  return (
    <div className="undo-redo">
      <button type="button" className="btn" onClick={() => undo()} disabled={!canUndo} title={`Undo (${mod}Z)`}>
        Undo
      </button>
      <button type="button" className="btn" onClick={() => redo()} disabled={!canRedo} title={`Redo (${mod}Shift+Z)`}>
        Redo
      </button>
    </div>
  );
}
