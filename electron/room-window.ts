import type { BrowserWindow } from "electron";
import { screen } from "electron";
import type { RoomScreenOutcome } from "../shared/host";
import { roomScreenHash } from "../shared/room/messages";
import { APP_ENTRY_URL } from "./origin";
import { placeRoomWindow } from "./room-display";
import { createSecureWindow } from "./secure-window";
import { MIN_SIZE } from "./window-state";

// Wiring only: where the window goes is decided by placeRoomWindow (tested in Node).

let room: BrowserWindow | null = null;
/** An opening under way: a second click waits for it instead of starting another load over it. */
let opening: Promise<RoomScreenOutcome> | null = null;

function place(window: BrowserWindow, facilitator: BrowserWindow): void {
  const here = screen.getDisplayMatching(facilitator.getBounds()).id;
  const placement = placeRoomWindow(screen.getAllDisplays(), here);
  if (window.isFullScreen()) window.setFullScreen(false);
  window.setBounds(placement.bounds);
  if (placement.fullScreen) window.setFullScreen(true);
}

/** One room screen window: opening it again shows it for the workshop asked for, where it belongs now. */
export function openRoomWindow(
  workshopId: string,
  facilitator: BrowserWindow,
  preload: string,
): Promise<RoomScreenOutcome> {
  if (opening) return opening;
  opening = open(workshopId, facilitator, preload).finally(() => {
    opening = null;
  });
  return opening;
}

async function open(workshopId: string, facilitator: BrowserWindow, preload: string): Promise<RoomScreenOutcome> {
  const url = `${APP_ENTRY_URL}${roomScreenHash(workshopId)}`;
  if (room && !room.isDestroyed()) {
    if (room.webContents.getURL() !== url) await room.loadURL(url);
    place(room, facilitator);
    room.show();
    return "opened";
  }
  const here = screen.getDisplayMatching(facilitator.getBounds()).id;
  const window = createSecureWindow(placeRoomWindow(screen.getAllDisplays(), here).bounds, MIN_SIZE, preload);
  room = window;
  // A projector plugged in or pulled out moves the room screen to where it now belongs.
  const replace = () => !window.isDestroyed() && !facilitator.isDestroyed() && place(window, facilitator);
  screen.on("display-added", replace);
  screen.on("display-removed", replace);
  window.on("closed", () => {
    screen.removeListener("display-added", replace);
    screen.removeListener("display-removed", replace);
    if (room === window) room = null;
  });
  window.once("ready-to-show", () => {
    place(window, facilitator);
    window.show();
  });
  await window.loadURL(url);
  return "opened";
}

export function closeRoomWindow(): void {
  if (room && !room.isDestroyed()) room.close();
}
