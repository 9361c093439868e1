import type { MenuItemConstructorOptions } from "electron";
import { COMMANDS, type CommandSpec, isCommandId, type MenuName } from "../shared/commands/catalogue";
import { type Chord, chordAccelerator } from "../shared/commands/chords";
import type { MenuCommand } from "../shared/host";

export interface MenuOptions {
  /** Adds Toggle Developer Tools; main passes !app.isPackaged. */
  developer?: boolean;
}

/**
 * A command as a menu item: it sends the command's id, and shows its first
 * key without registering it. The renderer sees every keystroke and its one
 * dispatcher runs it; a registered accelerator would fire as well (undo
 * would undo twice) and a bare "?" or "N" would swallow what is typed.
 */
function commandItem(
  spec: CommandSpec,
  send: (command: MenuCommand) => void,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions {
  const shown = spec.chords.find((chord) => platform !== "darwin" || registersSafelyOnMac(chord));
  return {
    id: spec.id,
    label: spec.label,
    click: () => send(spec.id),
    ...(shown ? { accelerator: chordAccelerator(shown), registerAccelerator: false } : {}),
  };
}

/**
 * macOS ignores registerAccelerator: false and takes any key the page left
 * alone: a bare "N" or "?" typed into a field would run its command from
 * the menu. So there the menu shows only keys with a modifier, and function
 * keys; the `?` list shows the rest.
 */
function registersSafelyOnMac(chord: Chord): boolean {
  return Boolean(chord.mod || chord.alt) || /^f\d+$/.test(chord.key);
}

const commandsIn = (menu: MenuName) => COMMANDS.filter((c) => c.menu === menu);

/** The native menu: every command of the catalogue, in its menu, beside Electron's own roles. */
export function menuTemplate(
  platform: NodeJS.Platform,
  send: (command: MenuCommand) => void,
  options: MenuOptions = {},
): MenuItemConstructorOptions[] {
  const mac = platform === "darwin";
  const items = (menu: MenuName) => commandsIn(menu).map((spec) => commandItem(spec, send, platform));
  const separator = { type: "separator" as const };

  const appMenu: MenuItemConstructorOptions = {
    role: "appMenu",
    label: "Accord",
    submenu: [
      { role: "about" },
      separator,
      { role: "hide" },
      { role: "hideOthers" },
      { role: "unhide" },
      separator,
      { role: "quit" },
    ],
  };
  const fileMenu: MenuItemConstructorOptions = {
    label: "&File",
    submenu: [...items("file"), separator, mac ? { role: "close" } : { role: "quit" }],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: "&Edit",
    submenu: [...items("edit"), separator, { role: "cut" }, { role: "copy" }, { role: "paste" }, { role: "selectAll" }],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: "&View",
    submenu: [
      ...items("view"),
      separator,
      { role: "zoomIn", accelerator: "CmdOrCtrl+=" },
      { role: "zoomOut" },
      { role: "resetZoom" },
      separator,
      { role: "togglefullscreen" },
      ...(options.developer ? [separator, { role: "toggleDevTools" as const }] : []),
    ],
  };
  const goMenu: MenuItemConstructorOptions = { label: "&Go", submenu: items("go") };
  // Each view's commands, one submenu per view: enabled only while that view is open.
  const groups = [...new Set(commandsIn("session").map((c) => c.group))];
  const sessionMenu: MenuItemConstructorOptions = {
    label: "&Session",
    submenu: groups.map((group) => ({
      label: group,
      submenu: commandsIn("session")
        .filter((c) => c.group === group)
        .map((spec) => commandItem(spec, send, platform)),
    })),
  };
  const helpMenu: MenuItemConstructorOptions = {
    role: "help",
    label: "&Help",
    submenu: [...items("help"), ...(mac ? [] : [separator, { role: "about" as const }])],
  };

  return [
    ...(mac ? [appMenu] : []),
    fileMenu,
    editMenu,
    viewMenu,
    goMenu,
    sessionMenu,
    ...(mac ? [{ role: "windowMenu" as const }] : []),
    helpMenu,
  ];
}

/**
 * Which commands the renderer says can run now, as main reads it: IPC
 * arguments are untrusted, so anything but a short list of known ids
 * counts as nothing being available.
 */
export function availableIds(value: unknown): Set<MenuCommand> {
  if (!Array.isArray(value) || value.length > COMMANDS.length) return new Set();
  return new Set(value.filter(isCommandId));
}
