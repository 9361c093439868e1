import type { MenuItemConstructorOptions } from "electron";
import { availableIds, menuTemplate } from "../../electron/menu";
import { COMMANDS } from "../../shared/commands/catalogue";
import type { MenuCommand } from "../../shared/host";

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function find(template: MenuItemConstructorOptions[], label: string, accelerator?: string) {
  const found = items(template).find(
    (item) => item.label === label && (accelerator === undefined || item.accelerator === accelerator),
  );
  if (!found) throw new Error(`no menu item ${label} ${accelerator ?? ""}`);
  return found;
}

function click(item: MenuItemConstructorOptions) {
  (item.click as () => void)();
}

describe.each(["darwin", "win32", "linux"] as const)("the %s menu", (platform) => {
  const sent: MenuCommand[] = [];
  const template = menuTemplate(platform, (command) => sent.push(command));
  beforeEach(() => {
    sent.length = 0;
  });

  it.each([
    ["New workshop", "CmdOrCtrl+N", "workshop.new"],
    ["Import a backup or a charter", "CmdOrCtrl+O", "file.import"],
    ["Export a backup of this workshop", "CmdOrCtrl+S", "file.export-backup"],
    ["Undo", "CmdOrCtrl+Z", "edit.undo"],
    ["Redo", "CmdOrCtrl+Shift+Z", "edit.redo"],
    ["Start or stop presenting", "F5", "view.present"],
    ["Command palette: find any action, stage or term", "CmdOrCtrl+K", "view.palette"],
    ["Keyboard shortcuts", "?", "help.shortcuts"],
    ["Go to Agree", "Alt+4", "go.agreement"],
    ["Mark the term agreed", "Shift+A", "agreement.agreed"],
  ] as const)("shows %s with %s and sends %s", (label, accelerator, command) => {
    // macOS shows no bare key in the menu (see below); the item is there all the same.
    const shown = platform === "darwin" && !/CmdOrCtrl|Alt|^F\d/.test(accelerator) ? undefined : accelerator;
    click(find(template, label, shown));
    expect(sent).toEqual([command]);
  });

  it("has an item for every command, each sending its own id, so the menu reaches everything the keys do", () => {
    for (const spec of COMMANDS) {
      const item = items(template).find((i) => i.id === spec.id);
      if (!item) throw new Error(`no menu item for ${spec.id}`);
      click(item);
      expect(sent.at(-1)).toBe(spec.id);
    }
  });

  it("goes home from the File menu", () => {
    click(find(template, "Back to the workshops"));
    expect(sent).toEqual(["workshop.home"]);
  });

  it("shows every key but registers none: the renderer's one dispatcher runs them, so nothing runs twice", () => {
    for (const item of items(template).filter((i) => i.id !== undefined && i.accelerator !== undefined)) {
      expect(item.registerAccelerator, item.id).toBe(false);
    }
  });

  it("zooms with Electron's own roles", () => {
    const roles = items(template).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(["zoomIn", "zoomOut", "resetZoom"]));
  });

  it("keeps cut, copy, paste and select all native", () => {
    const roles = items(template).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(["cut", "copy", "paste", "selectAll", "togglefullscreen"]));
  });

  it("offers developer tools only to developers", () => {
    expect(items(template).some((item) => item.role === "toggleDevTools")).toBe(false);
    const dev = menuTemplate(platform, () => undefined, { developer: true });
    expect(items(dev).some((item) => item.role === "toggleDevTools")).toBe(true);
  });
});

describe("platform conventions", () => {
  it("gives macOS its application menu first", () => {
    const [first] = menuTemplate("darwin", () => undefined);
    expect(first?.role).toBe("appMenu");
    expect(items(menuTemplate("win32", () => undefined)).some((item) => item.role === "appMenu")).toBe(false);
  });

  it("quits from the File menu on Windows and Linux", () => {
    expect(items(menuTemplate("linux", () => undefined)).some((item) => item.role === "quit")).toBe(true);
  });
});

describe("which menu items the renderer says can run", () => {
  it("takes a list of known command ids, and nothing else", () => {
    expect(availableIds(["edit.undo", "go.journey", "rm -rf"])).toEqual(new Set(["edit.undo", "go.journey"]));
    expect(availableIds("edit.undo")).toEqual(new Set());
    expect(availableIds(Array.from({ length: 10_000 }, () => "edit.undo"))).toEqual(new Set());
  });
});

describe("keys the menu shows", () => {
  const withKeys = (platform: NodeJS.Platform) =>
    items(menuTemplate(platform, () => undefined)).filter((i) => i.id !== undefined && i.accelerator !== undefined);

  it("on macOS, only keys with a modifier, or function keys: there a bare N in the menu would fire while typing", () => {
    const accelerators = withKeys("darwin").map((i) => String(i.accelerator));
    expect(accelerators).toEqual(expect.arrayContaining(["CmdOrCtrl+Z", "F5", "Alt+4"]));
    for (const accelerator of accelerators) expect(accelerator, accelerator).toMatch(/CmdOrCtrl\+|Alt\+|^F\d+$/);
  });

  it("on Windows and Linux, every command's first key, none of them registered", () => {
    for (const platform of ["win32", "linux"] as const) {
      const shown = withKeys(platform);
      expect(shown.map((i) => i.accelerator)).toEqual(expect.arrayContaining(["N", "Shift+A", "?"]));
      for (const item of shown) expect(item.registerAccelerator, item.id).toBe(false);
    }
  });
});
