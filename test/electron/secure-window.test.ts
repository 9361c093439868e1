import type { BrowserWindowConstructorOptions } from "electron";

const { created } = vi.hoisted(() => ({ created: [] as BrowserWindowConstructorOptions[] }));
vi.mock("electron", () => ({
  BrowserWindow: class {
    constructor(options: BrowserWindowConstructorOptions) {
      created.push(options);
    }
  },
}));

const { createSecureWindow } = await import("../../electron/secure-window");

describe("every Accord window", () => {
  createSecureWindow({ x: 1, y: 2, width: 1280, height: 800 }, { width: 720, height: 520 }, "/app/preload.cjs");
  const options = created[0] as BrowserWindowConstructorOptions;
  const prefs = options.webPreferences ?? {};

  it("opens at the restored bounds, hidden until painted", () => {
    expect(options).toMatchObject({ x: 1, y: 2, width: 1280, height: 800, minWidth: 720, show: false });
  });

  it("isolates the page from the preload and sandboxes it, with no Node anywhere", () => {
    expect(prefs).toMatchObject({
      preload: "/app/preload.cjs",
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it("keeps the web's own protections on and experiments off", () => {
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });

  it("does not navigate to a file dropped on it, nor open middle-clicked links", () => {
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.disableBlinkFeatures).toBe("Auxclick");
  });

  it("sends nothing typed to a spelling service", () => {
    expect(prefs.spellcheck).toBe(false);
  });
});
