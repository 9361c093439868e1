import { contextBridge } from "electron";
import { isMenuCommand } from "../shared/host";
import type { AccordBridge } from "../shared/ipc";
import { invoke, listen } from "./ipc-preload";

// Functions only: the page gets these calls, never ipcRenderer, so a
// script injected into it could do no more than the app's own code can.
const bridge: AccordBridge = {
  appVersion: () => invoke("app:version"),
  openTextFile: (options) => invoke("file:open", options),
  saveFile: (options) => invoke("file:save", options),
  showAvailableCommands: (ids) => invoke("menu:available", ids),
  openRoomScreen: (workshopId) => invoke("room:open", workshopId),
  toRoomHost: (message) => invoke("room:host", message),
  onRoomHost: (handler) => listen("room:host", handler),
  putKeptCopy: (copy, text) => invoke("copies:put", copy, text),
  listKeptCopies: () => invoke("copies:list"),
  readKeptCopy: (id) => invoke("copies:read", id),
  removeKeptCopy: (id) => invoke("copies:remove", id),
  onMenuCommand: (handler) =>
    listen("menu:command", (command) => {
      if (isMenuCommand(command)) handler(command);
    }),
};

contextBridge.exposeInMainWorld("accord", bridge);
