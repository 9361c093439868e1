import type { MenuCommand } from "../../shared/host";

type Keys = Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "shiftKey" | "altKey">;

/**
 * In Electron the native menu owns these accelerators; a plain browser has no
 * menu, so the same keystrokes become the same commands here. Ctrl+N is left
 * out on purpose: Chromium never lets a page have it.
 */
export function menuCommandForKeys(e: Keys): MenuCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return null;
  switch (e.key.toLowerCase()) {
    case "s":
      return "file:export-backup";
    case "o":
      return "file:import";
    default:
      return null;
  }
}

export function onBrowserMenuCommand(handler: (command: MenuCommand) => void): () => void {
  const onKeyDown = (e: KeyboardEvent) => {
    const command = menuCommandForKeys(e);
    if (!command) return;
    e.preventDefault();
    handler(command);
  };
  window.addEventListener("keydown", onKeyDown);
  return () => window.removeEventListener("keydown", onKeyDown);
}
