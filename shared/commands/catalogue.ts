import { PHASES } from "../session/phase-list";
import { type Chord, chordLabel } from "./chords";

/**
 * Every facilitation command, once: its id, label, keys, where it is
 * available and which native menu shows it. The key dispatcher, the
 * palette, the `?` list and the native menu all read this list, so they can
 * never disagree. What a command does is attached in the renderer (see
 * renderer/commands/registry.ts): by the registry itself, or by the screen
 * that owns the state it acts on, while that screen is open.
 */

export type ViewKey = "journey" | "definitions" | "agreement" | "measures" | "signoff" | "export";

/** Where a command can run: on the home screen, anywhere in a workshop, or on one workshop view. */
export type Scope = "home" | "workshop" | ViewKey;

export type CommandGroup =
  | "Workshops"
  | "Anywhere in a workshop"
  | "Phases"
  | "Journey map"
  | "Definitions board"
  | "Agree"
  | "Shared measures"
  | "Sign off"
  | "Export";

/** The native menus; "session" holds each view's commands, one submenu per group. */
export type MenuName = "file" | "edit" | "view" | "go" | "session" | "help";

export interface CommandSpec {
  id: string;
  group: CommandGroup;
  label: string;
  chords: readonly Chord[];
  scope: Scope;
  /** Runs even while the keyboard is in a field (Ctrl+Z, F5, Esc); every other key is left to the field. */
  whileTyping?: boolean;
  menu: MenuName;
  /** False for what makes no sense picked from the palette: opening it, and Esc. */
  palette?: false;
}

const key = (k: string, more: Omit<Chord, "key"> = {}): Chord => ({ key: k, ...more });

const APP = [
  {
    id: "workshop.new",
    group: "Workshops",
    label: "New workshop",
    chords: [key("n", { mod: true })],
    scope: "home",
    whileTyping: true,
    menu: "file",
  },
  {
    id: "file.import",
    group: "Workshops",
    label: "Import a backup or a charter",
    chords: [key("o", { mod: true })],
    scope: "home",
    whileTyping: true,
    menu: "file",
  },
  {
    id: "workshop.home",
    group: "Anywhere in a workshop",
    label: "Back to the workshops",
    chords: [],
    scope: "workshop",
    menu: "file",
  },
  {
    id: "file.export-backup",
    group: "Anywhere in a workshop",
    label: "Export a backup of this workshop",
    chords: [key("s", { mod: true })],
    scope: "workshop",
    whileTyping: true,
    menu: "file",
  },
  {
    id: "edit.undo",
    group: "Anywhere in a workshop",
    label: "Undo",
    chords: [key("z", { mod: true })],
    scope: "workshop",
    whileTyping: true,
    menu: "edit",
  },
  {
    id: "edit.redo",
    group: "Anywhere in a workshop",
    label: "Redo",
    chords: [key("z", { mod: true, shift: true }), key("y", { mod: true })],
    scope: "workshop",
    whileTyping: true,
    menu: "edit",
  },
  {
    id: "view.palette",
    group: "Anywhere in a workshop",
    label: "Command palette: find any action, stage or term",
    chords: [key("k", { mod: true })],
    scope: "workshop",
    whileTyping: true,
    menu: "view",
    palette: false,
  },
  {
    id: "view.present",
    group: "Anywhere in a workshop",
    label: "Start or stop presenting",
    chords: [key("f5")],
    scope: "workshop",
    whileTyping: true,
    menu: "view",
  },
  {
    id: "view.escape",
    group: "Anywhere in a workshop",
    label: "Leave presentation, close a dialog",
    chords: [key("escape")],
    scope: "workshop",
    whileTyping: true,
    menu: "view",
    palette: false,
  },
  {
    id: "room.open",
    group: "Anywhere in a workshop",
    label: "Open the room screen in a second window (for the projector)",
    chords: [],
    scope: "workshop",
    menu: "view",
  },
  {
    id: "room.blank",
    group: "Anywhere in a workshop",
    label: "Blank the room screen, or show it again",
    chords: [key(".")],
    scope: "workshop",
    menu: "view",
  },
  {
    id: "room.more",
    group: "Anywhere in a workshop",
    label: "Show the room the next part of a text or list too long for its screen",
    chords: [key("w")],
    scope: "workshop",
    menu: "view",
  },
  {
    id: "view.theme",
    group: "Anywhere in a workshop",
    label: "Switch between system, light and dark",
    chords: [],
    scope: "workshop",
    menu: "view",
  },
  {
    id: "view.contrast",
    group: "Anywhere in a workshop",
    label: "High contrast on or off",
    chords: [],
    scope: "workshop",
    menu: "view",
  },
  {
    id: "help.shortcuts",
    group: "Anywhere in a workshop",
    label: "Keyboard shortcuts",
    chords: [key("?", { shift: "any" })],
    scope: "workshop",
    menu: "help",
  },
  {
    id: "go.next",
    group: "Phases",
    label: "Next phase (a presenter's clicker works)",
    chords: [key("pagedown")],
    scope: "workshop",
    menu: "go",
  },
  {
    id: "go.previous",
    group: "Phases",
    label: "Previous phase",
    chords: [key("pageup")],
    scope: "workshop",
    menu: "go",
  },
  ...PHASES.map((phase, i) => ({
    id: `go.${phase.key}`,
    group: "Phases" as const,
    label: `Go to ${phase.label}`,
    chords: [key(String(i + 1), { alt: true })],
    scope: "workshop" as const,
    whileTyping: true,
    menu: "go" as const,
  })),
] satisfies CommandSpec[];

const view = (scope: ViewKey, group: CommandGroup, id: string, label: string, chord: Chord) =>
  ({ id, group, label, chords: [chord], scope, menu: "session" }) as const;

const VIEWS = [
  view("journey", "Journey map", "journey.add-stage", "Add a stage (after the selected one)", key("n")),
  view("journey", "Journey map", "journey.arrange", "Arrange left to right", key("l")),
  view("journey", "Journey map", "journey.fit", "Fit the map to the screen", key("f")),
  view("definitions", "Definitions board", "definitions.new-term", "Type a new term", key("n")),
  view(
    "definitions",
    "Definitions board",
    "definitions.spotlight",
    "Spotlight the term you are in (or the first)",
    key("s"),
  ),
  view("agreement", "Agree", "agreement.previous", "Previous term", key("[")),
  view("agreement", "Agree", "agreement.next", "Next term", key("]")),
  view("agreement", "Agree", "agreement.timer", "Start or pause the time-box", key("t")),
  view("agreement", "Agree", "agreement.timer-reset", "Reset the time-box", key("r")),
  view("agreement", "Agree", "agreement.timer-more", "One more minute on the time-box", key("+", { shift: "any" })),
  view("agreement", "Agree", "agreement.reveal", "Show the room how it voted, or hide it again", key("h")),
  view("agreement", "Agree", "agreement.vote", "Go to the vote pad", key("v")),
  view("agreement", "Agree", "agreement.park-item", "Write in the parking lot", key("p")),
  view("agreement", "Agree", "agreement.open", "Mark the term open", key("o", { shift: true })),
  view("agreement", "Agree", "agreement.discussing", "Mark the term discussing", key("d", { shift: true })),
  view("agreement", "Agree", "agreement.agreed", "Mark the term agreed", key("a", { shift: true })),
  view("agreement", "Agree", "agreement.parked", "Park the term", key("p", { shift: true })),
  view("measures", "Shared measures", "measures.add", "Add a blank measure", key("n")),
  view("signoff", "Sign off", "signoff.sign", "Go to the signing form", key("s")),
  view("export", "Export", "export.pdf", "Export the charter as PDF", key("p")),
  view("export", "Export", "export.json", "Export the charter as JSON", key("j")),
] as const satisfies readonly CommandSpec[];

/** Commands a view binds while it is open: a typo in a view is a type error, not a dead key. */
export type ViewCommandId = (typeof VIEWS)[number]["id"];

export const COMMANDS: readonly CommandSpec[] = [...APP, ...VIEWS];

export type CommandId = string;

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === "string" && COMMANDS.some((c) => c.id === value);
}

/** The keys of a command as the room reads them: "Ctrl/⌘+Shift+Z, Ctrl/⌘+Y". */
export function keysOf(spec: Pick<CommandSpec, "chords">): string {
  return spec.chords.map(chordLabel).join(", ");
}

/**
 * Keys a widget handles itself while it has the keyboard (the map, the vote
 * pad, the spotlight): not commands, since they act on what is focused, but
 * listed with them so nobody has to guess.
 */
export interface LocalKeys {
  group: "Journey map" | "Definitions board" | "Vote pad (click it first)";
  /** The view whose widget handles them. */
  scope: ViewKey;
  keys: string;
  label: string;
}

export const LOCAL_KEYS: readonly LocalKeys[] = [
  { group: "Journey map", scope: "journey", keys: "← → ↑ ↓", label: "Go from stage to stage" },
  { group: "Journey map", scope: "journey", keys: "Enter / F2", label: "Rename the selected stage" },
  { group: "Journey map", scope: "journey", keys: "Delete / Backspace", label: "Remove what is selected" },
  { group: "Journey map", scope: "journey", keys: "Esc", label: "Let go of the selection" },
  {
    group: "Definitions board",
    scope: "definitions",
    keys: "← → / PageUp PageDown",
    label: "Spotlight: previous or next term",
  },
  {
    group: "Vote pad (click it first)",
    scope: "agreement",
    keys: "0–5 or A / D / B",
    label: "Cast a vote for the chosen team",
  },
  { group: "Vote pad (click it first)", scope: "agreement", keys: "← →", label: "Choose the team voting" },
  { group: "Vote pad (click it first)", scope: "agreement", keys: "Backspace", label: "Take back the last vote" },
];
