import path from "node:path";
import type { BrowserWindow } from "electron";
import { app, screen } from "electron";
import { APP_ENTRY_URL } from "./origin";
import { createSecureWindow } from "./secure-window";
import { MIN_SIZE, readWindowState, restoreBounds, writeWindowState } from "./window-state";

const stateFile = () => path.join(app.getPath("userData"), "window-state.json");

let pendingStateWrite: Promise<void> | null = null;

/** Opens the one Accord window where it was last left. */
export async function createMainWindow(preloadPath: string): Promise<BrowserWindow> {
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea);
  const restored = restoreBounds(await readWindowState(stateFile()), workAreas);

  const window = createSecureWindow(restored.bounds, MIN_SIZE, preloadPath);
  window.once("ready-to-show", () => {
    if (restored.maximized) window.maximize();
    window.show();
  });
  window.on("close", () => {
    pendingStateWrite = writeWindowState(stateFile(), {
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized(),
    }).catch(() => undefined);
  });
  await window.loadURL(APP_ENTRY_URL);
  return window;
}

/** Lets quitting wait for the last window position to reach the disk. */
export function flushWindowState(): Promise<void> | null {
  const pending = pendingStateWrite;
  pendingStateWrite = null;
  return pending;
}
