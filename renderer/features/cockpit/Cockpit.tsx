import { useEffect, useMemo } from "react";
import type { MenuCommand } from "../../../shared/host";
import { navigate } from "../../app/route";
import { commandById, matchCommand } from "../../commands/catalogue";
import { runCommand, useBoundCommands } from "../../commands/useViewCommands";
import { useServices } from "../../storage/StorageContext";
import { nextTheme, useUiStore } from "../../store/ui-store";
import { redo, undo, useWorkshopStore } from "../../store/workshop-store";
import { CommandPalette } from "./CommandPalette";
import { paletteEntries } from "./palette-entries";
import { ShortcutsOverlay } from "./ShortcutsOverlay";
import { cockpitKey, isInDialog, isTypingTarget } from "./shortcuts";
import { stopPresenting, togglePresenting, usePresentationLifecycle } from "./usePresentation";
import "./cockpit.css";

interface Props {
  workshopId: string;
  views: { key: string; label: string }[];
  current: string;
  onExportBackup: () => void;
}

/** A single key the open view bound (catalogue.ts): never while typing, in a dialog, or already handled. */
function viewCommandKey(e: KeyboardEvent, overlay: string): boolean {
  if (e.defaultPrevented || overlay !== "none" || isTypingTarget(e.target) || isInDialog(e.target)) return false;
  const command = matchCommand(e, Object.keys(useBoundCommands.getState().runs));
  return command ? runCommand(command.id) : false;
}

const keysOf = (id: string) => commandById(id)?.keys;

/** The facilitator's keyboard layer over a workshop: phases, presenting, palette, shortcut list. */
export function Cockpit({ workshopId, views, current, onExportBackup }: Props) {
  const { host } = useServices();
  const overlay = useUiStore((s) => s.overlay);
  const openOverlay = useUiStore((s) => s.openOverlay);
  const presenting = usePresentationLifecycle();

  const goToView = useMemo(
    () =>
      (key: string, target: string | null = null) =>
        navigate({ screen: "workshop", workshopId, view: key, target }),
    [workshopId],
  );

  useEffect(() => {
    const index = Math.max(
      0,
      views.findIndex((v) => v.key === current),
    );
    const onKeyDown = (e: KeyboardEvent) => {
      const key = cockpitKey(e);
      const state = useUiStore.getState();
      if (!key) {
        if (viewCommandKey(e, state.overlay)) e.preventDefault();
        return;
      }
      if (key.kind === "escape") {
        if (state.overlay !== "none") openOverlay("none");
        else if (state.presenting) stopPresenting();
        else return;
      } else if (key.kind === "palette") openOverlay(state.overlay === "palette" ? "none" : "palette");
      else if (key.kind === "shortcuts") openOverlay("shortcuts");
      else if (key.kind === "present") togglePresenting();
      else if (key.kind === "phase") {
        const view = views[key.index];
        if (!view) return;
        goToView(view.key);
      } else {
        const view = views[index + key.by];
        if (!view) return;
        goToView(view.key);
      }
      e.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    const offMenu = host.onMenuCommand((command: MenuCommand) => {
      if (command === "help:shortcuts") openOverlay("shortcuts");
      else if (command === "view:present") togglePresenting();
      else if (command === "view:command-palette") openOverlay("palette");
    });
    return () => {
      window.removeEventListener("keydown", onKeyDown);
      offMenu();
    };
  }, [views, current, goToView, host, openOverlay]);

  const close = () => openOverlay("none");
  if (overlay === "shortcuts") return <ShortcutsOverlay view={current} onClose={close} />;
  if (overlay !== "palette") {
    return presenting ? (
      <p className="presentation-hint" aria-hidden="true">
        PageDown next phase · Esc leave
      </p>
    ) : null;
  }
  const ui = useUiStore.getState();
  const entries = paletteEntries({
    workshop: useWorkshopStore.getState().workshop,
    views,
    goToView,
    actions: [
      ...viewActions(),
      {
        id: "present",
        label: presenting ? "Stop presenting" : "Start presenting",
        keys: keysOf("present"),
        run: togglePresenting,
      },
      { id: "undo", label: "Undo", keys: keysOf("undo"), run: undo },
      { id: "redo", label: "Redo", keys: keysOf("redo"), run: redo },
      { id: "backup", label: "Export backup", keys: keysOf("backup"), run: onExportBackup },
      { id: "theme", label: `Switch theme to ${nextTheme(ui.theme)}`, run: () => ui.setTheme(nextTheme(ui.theme)) },
      {
        id: "contrast",
        label: ui.highContrast ? "Turn high contrast off" : "Turn high contrast on",
        run: ui.toggleHighContrast,
      },
      { id: "shortcuts", label: "Keyboard shortcuts", keys: keysOf("shortcuts"), run: () => openOverlay("shortcuts") },
      { id: "home", label: "Back to the workshops", run: () => navigate({ screen: "home" }) },
    ],
  });
  return <CommandPalette entries={entries} onClose={close} />;
}

/** What the open view can do, first in the palette, each with its key. */
function viewActions() {
  return Object.keys(useBoundCommands.getState().runs).flatMap((id) => {
    const spec = commandById(id);
    return spec ? [{ id, label: spec.label, keys: spec.keys, run: () => runCommand(id) }] : [];
  });
}
