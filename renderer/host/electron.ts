import type { Host } from "../../shared/host";
import type { AccordBridge } from "../../shared/ipc";

declare global {
  interface Window {
    /** Set by electron/preload.ts; absent in a plain browser. */
    accord?: AccordBridge;
  }
}

// Electron prefixes a handler's error with its own words; the user should
// read only ours.
const IPC_PREFIX = /^Error invoking remote method '[^']+': (?:Error: )?/;

function plainError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(message.replace(IPC_PREFIX, ""));
}

/** The host in Electron: the preload's bridge, with IPC replies turned back into the Host's shape. */
export function createElectronHost(bridge: AccordBridge): Host {
  return {
    kind: "electron",
    appVersion: () => bridge.appVersion(),
    openTextFile: async (options) => {
      const reply = await bridge.openTextFile(options).catch((error: unknown) => {
        throw plainError(error);
      });
      if (reply.kind === "refused") throw new Error(reply.message);
      return reply.kind === "opened" ? reply.file : null;
    },
    saveFile: (options) =>
      bridge.saveFile(options).catch((error: unknown) => {
        throw plainError(error);
      }),
    onMenuCommand: (handler) => bridge.onMenuCommand(handler),
    // Greying out menu items is a courtesy; a failure here must never reach the facilitator.
    showAvailableCommands: (ids) => void bridge.showAvailableCommands([...ids]).catch(() => undefined),
    roomHost: () => ({
      // A lost message shows as the room not answering; the facilitator sees the room's state, not an IPC error.
      send: (message) => void bridge.toRoomHost(message).catch(() => undefined),
      onMessage: (handler) => bridge.onRoomHost(handler),
    }),
    keptCopies: () => ({
      put: async (copy, text) => void (await bridge.putKeptCopy(copy, text)),
      list: () => bridge.listKeptCopies(),
      read: (id) => bridge.readKeptCopy(id),
      remove: async (id) => void (await bridge.removeKeptCopy(id)),
    }),
    openRoomScreen: (workshopId) =>
      bridge.openRoomScreen(workshopId).catch((error: unknown) => {
        throw plainError(error);
      }),
  };
}
