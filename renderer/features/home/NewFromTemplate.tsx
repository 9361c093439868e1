import { useEffect, useRef } from "react";
import type { TemplateKey } from "../../../shared/journey/templates";
import { TemplatePicker } from "../../ui/TemplatePicker";

/** Creating a workshop with its journey already mapped from a template. */
export function NewFromTemplate({ onPick, onClose }: { onPick: (key: TemplateKey) => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal?.();
    if (d && !d.showModal) d.setAttribute("open", "");
  }, []);
  return (
    <dialog ref={dialog} className="new-from-template" aria-labelledby="new-from-template-heading" onCancel={onClose}>
      <h2 id="new-from-template-heading">New workshop from a template</h2>
      <p className="muted">The journey comes mapped, with a glossary term for every stage; change anything later.</p>
      <TemplatePicker onPick={onPick} verb="New workshop from" />
      <button type="button" className="btn" onClick={onClose}>
        Cancel
      </button>
    </dialog>
  );
}
