import { useEffect, useRef, useState } from "react";
import { type TemplateKey, templateByKey } from "../../../shared/journey/templates";
import { useWorkshopStore } from "../../store/workshop-store";
import { TemplatePicker } from "../../ui/TemplatePicker";
import { useStartFrom } from "./useStartFrom";

/** "Start from…": pick a template, then confirm replacing the journey on the map. */
export function StartFromDialog({ onClose }: { onClose: () => void }) {
  const [chosen, setChosen] = useState<TemplateKey | null>(null);
  const stageCount = useWorkshopStore((s) => s.workshop?.stages.length ?? 0);
  const startFrom = useStartFrom();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal?.();
    if (d && !d.showModal) d.setAttribute("open", "");
  }, []);
  const replace = (key: TemplateKey) => {
    if (startFrom(key)) onClose();
  };
  const template = chosen ? templateByKey(chosen) : undefined;
  return (
    <dialog ref={dialog} className="start-from" aria-labelledby="start-from-heading" onCancel={onClose}>
      <h2 id="start-from-heading">Start the journey from a template</h2>
      {template ? (
        <div className="start-from-confirm">
          <p>
            Replace the {stageCount} stages on the map with <strong>{template.name}</strong>? What the room wrote in
            their terms stays in the glossary, and Undo brings this journey back.
          </p>
          <div className="start-from-actions">
            <button type="button" className="btn btn-primary" onClick={() => replace(template.key)}>
              Replace the journey
            </button>
            <button type="button" className="btn" onClick={() => setChosen(null)}>
              Back
            </button>
          </div>
        </div>
      ) : (
        <>
          <TemplatePicker onPick={(key) => (stageCount === 0 ? replace(key) : setChosen(key))} />
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
        </>
      )}
    </dialog>
  );
}
