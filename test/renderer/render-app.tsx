import { render } from "@testing-library/react";
import { App } from "../../renderer/App";
import { AccordDatabase } from "../../renderer/storage/db";
import { connectPersistence } from "../../renderer/storage/persistence";
import { ServicesProvider } from "../../renderer/storage/StorageContext";
import { resetWorkshopStore } from "../../renderer/store/workshop-store";
import type { Host, MenuCommand } from "../../shared/host";
import type { FromHost, ToHost } from "../../shared/room/control";

let dbCount = 0;

/** A host that records what the app asked of it and lets a test press menu items. */
export function recordingHost(files: { name: string; text: string }[] = []) {
  const saved: { suggestedName: string; contents: string | Uint8Array }[] = [];
  const handlers = new Set<(c: MenuCommand) => void>();
  /** What the native menu would show enabled, as the app last said. */
  const available: MenuCommand[] = [];
  /** The workshops whose room screen the app asked to open. */
  const rooms: string[] = [];
  /** What the app said to the room host, and the way a test answers as the host. */
  const toHost: ToHost[] = [];
  const fromHostHandlers = new Set<(m: FromHost) => void>();
  const host: Host = {
    kind: "browser",
    appVersion: async () => "0.0.0-test",
    openTextFile: async () => files.shift() ?? null,
    saveFile: async (o) => {
      saved.push({ suggestedName: o.suggestedName, contents: o.contents });
      return { saved: true };
    },
    onMenuCommand: (h) => {
      handlers.add(h);
      return () => handlers.delete(h);
    },
    showAvailableCommands: (ids) => {
      available.splice(0, available.length, ...ids);
    },
    openRoomScreen: async (workshopId) => {
      rooms.push(workshopId);
      return "opened";
    },
    roomHost: () => ({
      send: (message) => void toHost.push(message),
      onMessage: (handler) => {
        fromHostHandlers.add(handler);
        return () => fromHostHandlers.delete(handler);
      },
    }),
  };
  return {
    host,
    saved,
    available,
    rooms,
    toHost,
    fromHost: (message: FromHost) => {
      for (const h of fromHostHandlers) h(message);
    },
    press: (c: MenuCommand) => {
      for (const h of handlers) h(c);
    },
  };
}

/** The whole app on a fresh database, as a user would meet it; `hash` is the URL it starts at, as after a reload. */
export function renderApp(options: { host?: Host; db?: AccordDatabase; hash?: string } = {}) {
  resetWorkshopStore();
  window.location.hash = options.hash ?? "#/";
  const db = options.db ?? new AccordDatabase(`accord-test-${++dbCount}-${Math.random()}`);
  const persistence = connectPersistence(db);
  const host = options.host ?? recordingHost().host;
  const view = render(
    <ServicesProvider services={{ db, persistence, host, durability: "persistent" }}>
      <App />
    </ServicesProvider>,
  );
  return {
    ...view,
    db,
    persistence,
    unmountAll: () => {
      view.unmount();
      persistence.disconnect();
    },
  };
}
