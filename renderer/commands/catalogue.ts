/**
 * Every keyboard shortcut in the app, listed once. The `?` list shows this
 * table, the palette shows a command's keys beside it, and the key handler
 * matches presses against it, so the three can never disagree.
 *
 * A command with `match` is run by the cockpit's key handler when its view has
 * bound it (see useViewCommands). One without is handled where it happens (the
 * map, the vote pad, the spotlight) and is listed here so nobody has to guess.
 */
export type CommandGroup =
  | "Anywhere in a workshop"
  | "Journey map"
  | "Definitions board"
  | "Agree"
  | "Vote pad (click it first)"
  | "Shared measures"
  | "Sign off"
  | "Export";

export interface KeyMatch {
  /** KeyboardEvent.key, lower case for letters. */
  key: string;
  shift?: boolean;
}

export interface CommandSpec {
  id: string;
  group: CommandGroup;
  keys: string;
  label: string;
  match?: KeyMatch;
}

const SHELL: CommandSpec[] = [
  {
    id: "palette",
    group: "Anywhere in a workshop",
    keys: "Ctrl/⌘+K",
    label: "Command palette: find any action, stage or term",
  },
  { id: "shortcuts", group: "Anywhere in a workshop", keys: "?", label: "This list of shortcuts" },
  { id: "present", group: "Anywhere in a workshop", keys: "F5", label: "Start or stop presenting" },
  { id: "escape", group: "Anywhere in a workshop", keys: "Esc", label: "Leave presentation, close a dialog" },
  {
    id: "phase-step",
    group: "Anywhere in a workshop",
    keys: "PageDown / PageUp",
    label: "Next or previous phase (a presenter's clicker works)",
  },
  { id: "phase", group: "Anywhere in a workshop", keys: "Alt+1 … Alt+7", label: "Jump to a phase" },
  { id: "undo", group: "Anywhere in a workshop", keys: "Ctrl/⌘+Z", label: "Undo" },
  { id: "redo", group: "Anywhere in a workshop", keys: "Ctrl/⌘+Shift+Z, Ctrl+Y", label: "Redo" },
  { id: "backup", group: "Anywhere in a workshop", keys: "Ctrl/⌘+S", label: "Export a backup of this workshop" },
  { id: "import", group: "Anywhere in a workshop", keys: "Ctrl/⌘+O", label: "Import a backup (home screen)" },
];

const key = (k: string, shift = false): KeyMatch => ({ key: k, shift });

const VIEWS = [
  {
    id: "journey.add-stage",
    group: "Journey map",
    keys: "N",
    label: "Add a stage (after the selected one)",
    match: key("n"),
  },
  { id: "journey.arrange", group: "Journey map", keys: "L", label: "Arrange left to right", match: key("l") },
  { id: "journey.fit", group: "Journey map", keys: "F", label: "Fit the map to the screen", match: key("f") },
  { id: "journey.move", group: "Journey map", keys: "← → ↑ ↓", label: "Go from stage to stage" },
  { id: "journey.rename", group: "Journey map", keys: "Enter / F2", label: "Rename the selected stage" },
  { id: "journey.delete", group: "Journey map", keys: "Delete / Backspace", label: "Remove what is selected" },
  { id: "journey.let-go", group: "Journey map", keys: "Esc", label: "Let go of the selection" },

  { id: "definitions.new-term", group: "Definitions board", keys: "N", label: "Type a new term", match: key("n") },
  {
    id: "definitions.spotlight",
    group: "Definitions board",
    keys: "S",
    label: "Spotlight the term you are in (or the first)",
    match: key("s"),
  },
  {
    id: "definitions.spotlight-move",
    group: "Definitions board",
    keys: "← → / PageUp PageDown",
    label: "Spotlight: previous or next term",
  },

  { id: "agreement.previous", group: "Agree", keys: "[", label: "Previous term", match: key("[") },
  { id: "agreement.next", group: "Agree", keys: "]", label: "Next term", match: key("]") },
  { id: "agreement.timer", group: "Agree", keys: "T", label: "Start or pause the time-box", match: key("t") },
  { id: "agreement.timer-reset", group: "Agree", keys: "R", label: "Reset the time-box", match: key("r") },
  { id: "agreement.vote", group: "Agree", keys: "V", label: "Go to the vote pad", match: key("v") },
  { id: "agreement.park-item", group: "Agree", keys: "P", label: "Write in the parking lot", match: key("p") },
  { id: "agreement.open", group: "Agree", keys: "Shift+O", label: "Mark the term open", match: key("o", true) },
  {
    id: "agreement.discussing",
    group: "Agree",
    keys: "Shift+D",
    label: "Mark the term discussing",
    match: key("d", true),
  },
  { id: "agreement.agreed", group: "Agree", keys: "Shift+A", label: "Mark the term agreed", match: key("a", true) },
  { id: "agreement.parked", group: "Agree", keys: "Shift+P", label: "Park the term", match: key("p", true) },

  {
    id: "vote.cast",
    group: "Vote pad (click it first)",
    keys: "0–5 or A / D / B",
    label: "Cast a vote for the chosen team",
  },
  { id: "vote.team", group: "Vote pad (click it first)", keys: "← →", label: "Choose the team voting" },
  { id: "vote.undo", group: "Vote pad (click it first)", keys: "Backspace", label: "Take back the last vote" },

  { id: "measures.add", group: "Shared measures", keys: "N", label: "Add a blank measure", match: key("n") },

  { id: "signoff.sign", group: "Sign off", keys: "S", label: "Go to the signing form", match: key("s") },

  { id: "export.pdf", group: "Export", keys: "P", label: "Export the charter as PDF", match: key("p") },
  { id: "export.json", group: "Export", keys: "J", label: "Export the charter as JSON", match: key("j") },
] as const satisfies readonly CommandSpec[];

/** The commands a view can bind: a typo in a view is a type error, not a dead key. */
export type ViewCommandId = (typeof VIEWS)[number]["id"];

export const COMMANDS: CommandSpec[] = [...SHELL, ...VIEWS];

export function commandById(id: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.id === id);
}

type Keys = Pick<KeyboardEvent, "key" | "shiftKey" | "ctrlKey" | "metaKey" | "altKey">;

/** The bound command this key press runs, if any. Modifier chords belong to the shell, never to a view. */
export function matchCommand(e: Keys, bound: readonly string[]): CommandSpec | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  const pressed = e.key.toLowerCase();
  return COMMANDS.find(
    (c) => c.match && bound.includes(c.id) && c.match.key === pressed && Boolean(c.match.shift) === e.shiftKey,
  );
}

/** Which groups belong to which workshop view (its URL key). */
export const VIEW_GROUPS: Record<string, CommandGroup[]> = {
  journey: ["Journey map"],
  definitions: ["Definitions board"],
  agreement: ["Agree", "Vote pad (click it first)"],
  measures: ["Shared measures"],
  signoff: ["Sign off"],
  export: ["Export"],
};

/**
 * The catalogue in its groups for the `?` list: the open view's own keys
 * first, since those are what the facilitator is looking for, then the rest
 * in the session's order.
 */
export function commandGroups(view?: string): { group: CommandGroup; commands: CommandSpec[] }[] {
  const groups = catalogueGroups();
  const mine = VIEW_GROUPS[view ?? ""] ?? [];
  return [...groups.filter((g) => mine.includes(g.group)), ...groups.filter((g) => !mine.includes(g.group))];
}

function catalogueGroups(): { group: CommandGroup; commands: CommandSpec[] }[] {
  const groups: { group: CommandGroup; commands: CommandSpec[] }[] = [];
  for (const c of COMMANDS) {
    const last = groups.at(-1);
    if (last?.group === c.group) last.commands.push(c);
    else groups.push({ group: c.group, commands: [c] });
  }
  return groups;
}
