import { COMMANDS, keysOf, LOCAL_KEYS, type Scope } from "../../shared/commands/catalogue";

export interface ShortcutLine {
  id: string;
  keys: string;
  label: string;
}

export interface ShortcutGroup {
  group: string;
  /** Where its keys work: a view's own group comes first in the list while that view is open. */
  scope: Scope;
  lines: ShortcutLine[];
}

/** Every key in a workshop in its groups: commands with keys, then the keys widgets handle, grouped as the room meets them. */
function allGroups(): ShortcutGroup[] {
  const groups: ShortcutGroup[] = [];
  const add = (group: string, scope: Scope, line: ShortcutLine) => {
    const found = groups.find((g) => g.group === group);
    if (found) found.lines.push(line);
    else groups.push({ group, scope, lines: [line] });
  };
  for (const c of COMMANDS) {
    if (c.scope !== "home" && c.chords.length > 0) add(c.group, c.scope, { id: c.id, keys: keysOf(c), label: c.label });
  }
  for (const [i, local] of LOCAL_KEYS.entries()) {
    add(local.group, local.scope, { id: `local-${i}`, keys: local.keys, label: local.label });
  }
  return groups;
}

/** The `?` list: the open view's own keys first, since those are what the facilitator is looking for, then the rest. */
export function shortcutGroups(view?: string | null): ShortcutGroup[] {
  const groups = allGroups();
  const mine = (g: ShortcutGroup) => g.scope === view;
  return [...groups.filter(mine), ...groups.filter((g) => !mine(g))];
}
