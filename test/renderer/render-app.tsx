import { render } from "@testing-library/react";
import { App } from "../../renderer/App";
import { AccordDatabase } from "../../renderer/storage/db";
import { keepCopies } from "../../renderer/storage/kept-copies";
import { connectPersistence, type StorageDurability } from "../../renderer/storage/persistence";
import { ServicesProvider } from "../../renderer/storage/StorageContext";
import { resetWorkshopStore } from "../../renderer/store/workshop-store";
import type { Host, MenuCommand } from "../../shared/host";
import type { KeptCopiesLink } from "../../shared/kept-copies";
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
  /** The copies a host would keep outside the browser's storage, by workshop id. */
  const copies = new Map<string, { revision: number; text: string; title?: string; deletedAt?: string | null }>();
  /** Copies the host refuses from now on, as a stopped server or a full disk would (a test sets it). */
  const failing = { puts: 0 };
  const keptCopies: KeptCopiesLink = {
    put: async (copy, text) => {
      if (failing.puts > 0) {
        failing.puts -= 1;
        throw new Error("the disk is full");
      }
      copies.set(copy.id, {
        revision: copy.revision,
        text,
        title: copy.title ?? "",
        deletedAt: copy.deletedAt ?? null,
      });
    },
    list: async () =>
      [...copies].map(([id, c]) => ({
        id,
        revision: c.revision,
        title: c.title ?? "",
        deletedAt: c.deletedAt ?? null,
      })),
    read: async (id) => copies.get(id)?.text ?? null,
    remove: async (id) => void copies.delete(id),
  };
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
    keptCopies: () => keptCopies,
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
    copies,
    failing,
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
export function renderApp(
  options: {
    host?: Host;
    db?: AccordDatabase;
    hash?: string;
    keepCopies?: boolean;
    durability?: Promise<StorageDurability>;
  } = {},
) {
  resetWorkshopStore();
  window.location.hash = options.hash ?? "#/";
  const db = options.db ?? new AccordDatabase(`accord-test-${++dbCount}-${Math.random()}`);
  const persistence = connectPersistence(db);
  const host = options.host ?? recordingHost().host;
  // As main.tsx does where the host keeps copies; the copies of what was stored before are made at once.
  const keeper = options.keepCopies ? keepCopies(db, host.keptCopies(), 0) : null;
  const view = render(
    <ServicesProvider
      services={{ db, persistence, host, durability: options.durability ?? Promise.resolve("persistent") }}
    >
      <App />
    </ServicesProvider>,
  );
  return {
    ...view,
    db,
    keeper,
    persistence,
    unmountAll: () => {
      view.unmount();
      persistence.disconnect();
    },
  };
}
