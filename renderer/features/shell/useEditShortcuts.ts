import { useEffect } from "react";
import type { MenuCommand } from "../../../shared/host";
import { useServices } from "../../storage/StorageContext";
import { redo, undo } from "../../store/workshop-store";

/** Which keystroke is undo or redo, on every platform (Cmd on macOS, Ctrl elsewhere). */
export function editCommandFor(e: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "shiftKey" | "altKey">) {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === "z") return e.shiftKey ? "redo" : "undo";
  if (key === "y" && !e.shiftKey) return "redo";
  return null;
}

/**
 * Ctrl/Cmd+Z undoes the document everywhere, text fields included: every
 * keystroke is a document edit, so the field's own undo would fight ours.
 */
export function useEditShortcuts(onMenuCommand: (command: MenuCommand) => void) {
  const { host } = useServices();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const command = editCommandFor(e);
      if (!command) return;
      e.preventDefault();
      if (command === "undo") undo();
      else redo();
    };
    window.addEventListener("keydown", onKeyDown);
    const unsubscribe = host.onMenuCommand((command) => {
      if (command === "edit:undo") undo();
      else if (command === "edit:redo") redo();
      else onMenuCommand(command);
    });
    return () => {
      window.removeEventListener("keydown", onKeyDown);
      unsubscribe();
    };
  }, [host, onMenuCommand]);
}
