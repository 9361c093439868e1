import { useMemo } from "react";
import { keysOf } from "../../../shared/commands/catalogue";
import { navigate } from "../../app/route";
import { availableCommands, commandContext, commandLabel, runCommand } from "../../commands/registry";
import { useUiStore } from "../../store/ui-store";
import { useWorkshopStore } from "../../store/workshop-store";
import { CommandPalette } from "./CommandPalette";
import { paletteEntries } from "./palette-entries";
import { ShortcutsOverlay } from "./ShortcutsOverlay";
import { usePresentationLifecycle } from "./usePresentation";
import "./cockpit.css";

interface Props {
  workshopId: string;
  views: readonly { key: string; label: string }[];
  current: string;
}

/** The facilitator's layer over a workshop: the palette and the shortcut list. Keys go through the command dispatcher. */
export function Cockpit({ workshopId, views, current }: Props) {
  const overlay = useUiStore((s) => s.overlay);
  const openOverlay = useUiStore((s) => s.openOverlay);
  usePresentationLifecycle();
  const goToView = useMemo(
    () =>
      (key: string, target: string | null = null, field: string | null = null) =>
        navigate({ screen: "workshop", workshopId, view: key, target, field }),
    [workshopId],
  );

  const close = () => openOverlay("none");
  if (overlay === "shortcuts") return <ShortcutsOverlay view={current} onClose={close} />;
  if (overlay !== "palette") {
    return null;
  }
  // Read when the palette opens: what can run is decided before the palette itself is on screen.
  const ctx = { ...commandContext(), overlay: "none" as const };
  // The open view's own actions first: they are what the facilitator is looking for.
  const commands = availableCommands(ctx)
    .filter((spec) => spec.palette !== false)
    .sort((a, b) => Number(b.scope === current) - Number(a.scope === current))
    .map((spec) => ({
      id: spec.id,
      phase: spec.group === "Phases",
      label: commandLabel(spec, ctx),
      keys: keysOf(spec),
      run: () => runCommand(spec.id, ctx),
    }));
  const entries = paletteEntries({ workshop: useWorkshopStore.getState().workshop, commands, views, goToView });
  return <CommandPalette entries={entries} onClose={close} />;
}
