import { COMMANDS, type CommandSpec } from "../../shared/commands/catalogue";
import { matchesChord, type Pressed } from "../../shared/commands/chords";
import { PHASES } from "../../shared/session/phase-list";
import { navigate, parseRoute, type Route } from "../app/route";
import { stopPresenting, togglePresenting } from "../features/cockpit/usePresentation";
import { useRoomCue } from "../features/room/cue-store";
import { nextRoomPage } from "../features/room/frame-source";
import { nextTheme, systemPrefersDark, themeCommandLabel, useUiStore } from "../store/ui-store";
import { redo, undo } from "../store/workshop-store";
import { useBoundCommands } from "./bind";
import { isInDialog, isTyping } from "./typing";

/** What decides whether a command can run now: where the app is, and what the open screens implement. */
export interface CommandContext {
  route: Route;
  bound: Partial<Record<string, () => void>>;
  overlay: "none" | "palette" | "shortcuts";
  presenting: boolean;
}

export function commandContext(): CommandContext {
  const ui = useUiStore.getState();
  return {
    route: parseRoute(window.location.hash),
    bound: useBoundCommands.getState().runs,
    overlay: ui.overlay,
    presenting: ui.presenting,
  };
}

const workshopId = (ctx: CommandContext) => (ctx.route.screen === "workshop" ? ctx.route.workshopId : null);
const viewOf = (ctx: CommandContext) => (ctx.route.screen === "workshop" ? (ctx.route.view ?? PHASES[0].key) : null);

function goTo(ctx: CommandContext, view: string | undefined) {
  const id = workshopId(ctx);
  if (id && view) navigate({ screen: "workshop", workshopId: id, view, target: null });
}

function step(ctx: CommandContext, by: 1 | -1) {
  const index = PHASES.findIndex((p) => p.key === viewOf(ctx));
  goTo(ctx, PHASES[index + by]?.key);
}

interface Run {
  run: (ctx: CommandContext) => void;
  /** Whether it means anything right now (Esc with nothing to close does not). */
  when?: (ctx: CommandContext) => boolean;
  /** A palette label that says what pressing it will do now. */
  label?: (ctx: CommandContext) => string;
}

const openOverlay = (overlay: CommandContext["overlay"]) => useUiStore.getState().openOverlay(overlay);

/**
 * What the commands that need no screen's state do. The others are
 * implemented by the screen that owns their state (see useBindCommands).
 */
const RUNS: Partial<Record<string, Run>> = {
  "edit.undo": { run: () => undo() },
  "edit.redo": { run: () => redo() },
  "view.palette": { run: (ctx) => openOverlay(ctx.overlay === "palette" ? "none" : "palette") },
  "view.present": {
    run: togglePresenting,
    label: (ctx) => (ctx.presenting ? "Stop presenting" : "Start presenting"),
  },
  "view.escape": {
    run: (ctx) => (ctx.overlay !== "none" ? openOverlay("none") : stopPresenting()),
    when: (ctx) => ctx.overlay !== "none" || ctx.presenting,
  },
  "view.theme": {
    run: () => {
      const ui = useUiStore.getState();
      ui.setTheme(nextTheme(ui.theme, systemPrefersDark()));
    },
    label: () => themeCommandLabel(useUiStore.getState().theme, systemPrefersDark()),
  },
  "view.contrast": {
    run: () => useUiStore.getState().toggleHighContrast(),
    label: () => (useUiStore.getState().highContrast ? "Turn high contrast off" : "Turn high contrast on"),
  },
  "help.shortcuts": { run: () => openOverlay("shortcuts") },
  "room.more": { run: () => nextRoomPage() },
  "room.blank": {
    run: () => useRoomCue.getState().toggleBlank(),
    label: () => (useRoomCue.getState().blank ? "Show the room screen again" : "Blank the room screen"),
  },
  "go.next": { run: (ctx) => step(ctx, 1) },
  "go.previous": { run: (ctx) => step(ctx, -1) },
  ...Object.fromEntries(PHASES.map((p) => [`go.${p.key}`, { run: (ctx: CommandContext) => goTo(ctx, p.key) }])),
};

function inScope(spec: CommandSpec, ctx: CommandContext): boolean {
  if (spec.scope === "home") return ctx.route.screen === "home";
  if (spec.scope === "workshop") return ctx.route.screen === "workshop";
  return viewOf(ctx) === spec.scope;
}

/** Whether a command can run now: in its scope, implemented, and meaningful. */
export function isAvailable(spec: CommandSpec, ctx: CommandContext): boolean {
  if (!inScope(spec, ctx)) return false;
  const own = RUNS[spec.id];
  if (own) return own.when?.(ctx) ?? true;
  return ctx.bound[spec.id] !== undefined;
}

export function availableCommands(ctx: CommandContext = commandContext()): CommandSpec[] {
  return COMMANDS.filter((spec) => isAvailable(spec, ctx));
}

/** What the palette calls a command now. */
export function commandLabel(spec: CommandSpec, ctx: CommandContext = commandContext()): string {
  return RUNS[spec.id]?.label?.(ctx) ?? spec.label;
}

/** Runs a command by id if it can run now; the menu, the palette and the keys all come here. */
export function runCommand(id: string, ctx: CommandContext = commandContext()): boolean {
  const spec = COMMANDS.find((c) => c.id === id);
  if (!spec || !isAvailable(spec, ctx)) return false;
  const own = RUNS[id];
  if (own) own.run(ctx);
  else ctx.bound[id]?.();
  return true;
}

type KeyPress = Pressed & Pick<KeyboardEvent, "target" | "defaultPrevented">;

/**
 * The one key mapper: the command this key press runs, if any. Only
 * commands marked whileTyping run while the keyboard is in a field or a
 * dialog, or after a widget has already used the key.
 */
export function commandForKey(e: KeyPress, ctx: CommandContext = commandContext()): CommandSpec | undefined {
  const busy = e.defaultPrevented || isTyping(e.target) || isInDialog(e.target) || ctx.overlay !== "none";
  return COMMANDS.find(
    (spec) =>
      spec.chords.some((chord) => matchesChord(e, chord)) && (spec.whileTyping || !busy) && isAvailable(spec, ctx),
  );
}
