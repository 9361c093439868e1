import type { MenuItemConstructorOptions } from "electron";
import type { MenuCommand } from "../shared/host";

export interface MenuOptions {
  /** Adds Toggle Developer Tools; main passes !app.isPackaged. */
  developer?: boolean;
}

/**
 * The native menu. Items that the renderer acts on send a MenuCommand; the
 * rest are Electron roles. Accelerators marked registerAccelerator: false are
 * shown but left to the renderer, which sees the keystroke itself: a
 * registered one would fire as well and, for undo, undo twice.
 */
export function menuTemplate(
  platform: NodeJS.Platform,
  send: (command: MenuCommand) => void,
  options: MenuOptions = {},
): MenuItemConstructorOptions[] {
  const mac = platform === "darwin";
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(cmd),
    ...(accelerator ? { accelerator } : {}),
  });
  const shownOnly = (item: MenuItemConstructorOptions): MenuItemConstructorOptions => ({
    ...item,
    registerAccelerator: false,
  });

  const appMenu: MenuItemConstructorOptions = {
    role: "appMenu",
    label: "Accord",
    submenu: [
      { role: "about" },
      { type: "separator" },
      { role: "hide" },
      { role: "hideOthers" },
      { role: "unhide" },
      { type: "separator" },
      { role: "quit" },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: "&File",
    submenu: [
      command("New workshop", "workshop:new", "CmdOrCtrl+N"),
      command("Home", "workshop:home"),
      { type: "separator" },
      command("Import…", "file:import", "CmdOrCtrl+O"),
      command("Export backup…", "file:export-backup", "CmdOrCtrl+S"),
      { type: "separator" },
      mac ? { role: "close" } : { role: "quit" },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: "&Edit",
    submenu: [
      shownOnly(command("Undo", "edit:undo", "CmdOrCtrl+Z")),
      shownOnly(command("Redo", "edit:redo", "CmdOrCtrl+Shift+Z")),
      // Windows and Linux users also expect Ctrl+Y; the renderer handles it,
      // the hidden item keeps the menu's record of shortcuts complete.
      ...(mac ? [] : [{ ...shownOnly(command("Redo", "edit:redo", "CmdOrCtrl+Y")), visible: false }]),
      { type: "separator" },
      { role: "cut" },
      { role: "copy" },
      { role: "paste" },
      { role: "selectAll" },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: "&View",
    submenu: [
      // F5 and Ctrl/Cmd+K reach the renderer as keystrokes too (a browser has no menu).
      shownOnly(command("Present", "view:present", "F5")),
      shownOnly(command("Command palette…", "view:command-palette", "CmdOrCtrl+K")),
      { type: "separator" },
      { role: "zoomIn", accelerator: "CmdOrCtrl+=" },
      { role: "zoomOut" },
      { role: "resetZoom" },
      { type: "separator" },
      { role: "togglefullscreen" },
      ...(options.developer ? [{ type: "separator" as const }, { role: "toggleDevTools" as const }] : []),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: "help",
    label: "&Help",
    submenu: [
      // A bare "?" registered natively would swallow every question mark typed
      // into a text field; the renderer opens the list only outside fields.
      shownOnly(command("Keyboard shortcuts", "help:shortcuts", "?")),
      ...(mac ? [] : [{ type: "separator" as const }, { role: "about" as const }]),
    ],
  };

  return [
    ...(mac ? [appMenu] : []),
    fileMenu,
    editMenu,
    viewMenu,
    ...(mac ? [{ role: "windowMenu" as const }] : []),
    helpMenu,
  ];
}
