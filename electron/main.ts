import path from "node:path";
import { app, BrowserWindow, Menu, session } from "electron";
import { COMMANDS } from "../shared/commands/catalogue";
import { registerAppScheme, serveAppScheme } from "./app-protocol";
import { registerKeptCopies } from "./copies-ipc";
import { registerFileHandlers } from "./file-handlers";
import { decidePermission, isAllowedNavigation, isAllowedRequest, windowOpenDecision } from "./guards";
import { handle, send } from "./ipc-main";
import { availableIds, menuTemplate } from "./menu";
import { registerRoomHost } from "./room-host-ipc";
import { closeRoomWindow, openRoomWindow } from "./room-window";
import { createMainWindow, flushWindowState } from "./window";

// Wiring only: every decision made here lives in a pure module beside this one.

app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  const preloadPath = path.join(__dirname, "preload.cjs");
  const rendererRoot = path.join(__dirname, "..", "renderer");
  let rooms: { stopAll(): Promise<void> } | null = null;

  const openWindow = async () => {
    mainWindow = await createMainWindow(preloadPath);
    mainWindow.on("closed", () => {
      mainWindow = null;
      // The room screen only ever shows what the editor sends: without it, it goes too.
      closeRoomWindow();
    });
  };

  app.on("second-instance", () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on("web-contents-created", (_event, contents) => {
    const guard = (event: Electron.Event<{ url: string }>) => {
      if (!isAllowedNavigation(event.url)) event.preventDefault();
    };
    contents.on("will-navigate", guard);
    // will-navigate sees only the main frame; this one sees every frame.
    contents.on("will-frame-navigate", guard);
    contents.on("will-redirect", guard);
    contents.on("will-attach-webview", (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => windowOpenDecision());
  });

  app.whenReady().then(async () => {
    const ses = session.defaultSession;
    ses.setPermissionRequestHandler((_contents, permission, callback) => callback(decidePermission(permission)));
    ses.setPermissionCheckHandler((_contents, permission) => decidePermission(permission));
    ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
    serveAppScheme(rendererRoot);

    handle("app:version", () => app.getVersion());
    registerFileHandlers();
    registerKeptCopies(path.join(app.getPath("userData"), "kept-copies"));

    const template = menuTemplate(
      process.platform,
      (command) => {
        const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
        if (target) send(target.webContents, "menu:command", command);
      },
      { developer: !app.isPackaged },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    handle("menu:available", (_event, ids) => {
      const available = availableIds(ids);
      const menu = Menu.getApplicationMenu();
      for (const spec of COMMANDS) {
        const item = menu?.getMenuItemById(spec.id);
        if (item) item.enabled = available.has(spec.id);
      }
      return undefined;
    });

    handle("room:open", (event, workshopId) => {
      const facilitator = BrowserWindow.fromWebContents(event.sender) ?? mainWindow;
      if (!facilitator || typeof workshopId !== "string" || workshopId === "") return "blocked";
      return openRoomWindow(workshopId, facilitator, preloadPath);
    });

    // The participant page the room server gives phones: built beside the renderer.
    rooms = registerRoomHost(path.join(__dirname, "..", "phone"));

    await openWindow();
    app.on("activate", () => {
      if (mainWindow === null) void openWindow();
    });
  });

  app.on("window-all-closed", () => {
    if (process.platform !== "darwin") app.quit();
  });

  app.on("will-quit", (event) => {
    // The room stops with the app: every phone is told, and nothing listens any more.
    const closing = rooms;
    rooms = null;
    if (closing) {
      event.preventDefault();
      void closing.stopAll().finally(() => app.quit());
      return;
    }
    const pending = flushWindowState();
    if (pending === null) return;
    event.preventDefault();
    void pending.finally(() => app.quit());
  });
}
