import { useEffect } from "react";
import type { Host } from "../../shared/host";
import { useUiStore } from "../store/ui-store";
import { useBoundCommands } from "./bind";
import { availableCommands, commandForKey, runCommand } from "./registry";

/**
 * The one place keys and native menu items become commands. Every keystroke
 * reaches the page (the native menu only shows accelerators, it does not
 * take them), so a browser and Electron behave alike. The native menu is
 * told which commands can run now, so the rest are greyed out.
 */
export function useCommandDispatcher(host: Host): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const command = commandForKey(e);
      if (!command) return;
      e.preventDefault();
      runCommand(command.id);
    };
    window.addEventListener("keydown", onKeyDown);
    const offMenu = host.onMenuCommand((id) => runCommand(id));

    let shown = "";
    const publish = () => {
      const ids = availableCommands().map((c) => c.id);
      const key = ids.join("\n");
      if (key === shown) return;
      shown = key;
      host.showAvailableCommands(ids);
    };
    publish();
    const offBound = useBoundCommands.subscribe(publish);
    const offUi = useUiStore.subscribe(publish);
    window.addEventListener("hashchange", publish);
    return () => {
      window.removeEventListener("keydown", onKeyDown);
      window.removeEventListener("hashchange", publish);
      offMenu();
      offBound();
      offUi();
    };
  }, [host]);
}
