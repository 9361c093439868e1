import type { MenuItemConstructorOptions } from "electron";
import { menuTemplate } from "../../electron/menu";
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
    ["New workshop", "CmdOrCtrl+N", "workshop:new"],
    ["Import…", "CmdOrCtrl+O", "file:import"],
    ["Export backup…", "CmdOrCtrl+S", "file:export-backup"],
    ["Undo", "CmdOrCtrl+Z", "edit:undo"],
    ["Redo", "CmdOrCtrl+Shift+Z", "edit:redo"],
    ["Present", "F5", "view:present"],
    ["Command palette…", "CmdOrCtrl+K", "view:command-palette"],
    ["Keyboard shortcuts", "?", "help:shortcuts"],
  ] as const)("shows %s with %s and sends %s", (label, accelerator, command) => {
    click(find(template, label, accelerator));
    expect(sent).toEqual([command]);
  });

  it("goes home from the File menu", () => {
    click(find(template, "Home"));
    expect(sent).toEqual(["workshop:home"]);
  });

  it("leaves undo and redo keystrokes to the app's own history, so one keystroke undoes once", () => {
    for (const item of items(template).filter((i) => i.label === "Undo" || i.label === "Redo")) {
      expect(item.registerAccelerator).toBe(false);
    }
  });

  it("leaves presenting and the palette to the renderer, which sees the same keys in a browser", () => {
    expect(find(template, "Present").registerAccelerator).toBe(false);
    expect(find(template, "Command palette…").registerAccelerator).toBe(false);
  });

  it("zooms with Electron's own roles", () => {
    const roles = items(template).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(["zoomIn", "zoomOut", "resetZoom"]));
  });

  it("lets a question mark typed into a field stay a question mark", () => {
    expect(find(template, "Keyboard shortcuts").registerAccelerator).toBe(false);
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

  it.each(["win32", "linux"] as const)("also redoes with Ctrl+Y on %s", (platform) => {
    const sent: MenuCommand[] = [];
    const redo = find(
      menuTemplate(platform, (c) => sent.push(c)),
      "Redo",
      "CmdOrCtrl+Y",
    );
    click(redo);
    expect(sent).toEqual(["edit:redo"]);
    expect(redo.registerAccelerator).toBe(false);
  });

  it("quits from the File menu on Windows and Linux", () => {
    expect(items(menuTemplate("linux", () => undefined)).some((item) => item.role === "quit")).toBe(true);
  });
});
