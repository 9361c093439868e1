import { COMMANDS, keysOf, LOCAL_KEYS, type Scope } from "../../shared/commands/catalogue";

export interface ShortcutLine {
  id: string;
  keys: string;
  label: string;
}

export interface ShortcutGroup {
  group: string;
  lines: ShortcutLine[];
}

/** Which groups belong to which view, so the `?` list can put the open view's keys first. */
const VIEW_OF_GROUP: Record<string, Scope> = {
  "Journey map": "journey",
  "Definitions board": "definitions",
  Agree: "agreement",
  "Vote pad (click it first)": "agreement",
  "Shared measures": "measures",
  "Sign off": "signoff",
  Export: "export",
};

/** Every key in a workshop in its groups: commands with keys, then the keys widgets handle, grouped as the room meets them. */
function allGroups(): ShortcutGroup[] {
  const groups: ShortcutGroup[] = [];
  const add = (group: string, line: ShortcutLine) => {
    const found = groups.find((g) => g.group === group);
    if (found) found.lines.push(line);
    else groups.push({ group, lines: [line] });
  };
  for (const c of COMMANDS) {
    if (c.scope !== "home" && c.chords.length > 0) add(c.group, { id: c.id, keys: keysOf(c), label: c.label });
  }
  for (const [i, local] of LOCAL_KEYS.entries())
    add(local.group, { id: `local-${i}`, keys: local.keys, label: local.label });
  return groups;
}

/** The `?` list: the open view's own keys first, since those are what the facilitator is looking for, then the rest. */
export function shortcutGroups(view?: string | null): ShortcutGroup[] {
  const groups = allGroups();
  const mine = (g: ShortcutGroup) => VIEW_OF_GROUP[g.group] === view;
  return [...groups.filter(mine), ...groups.filter((g) => !mine(g))];
}
