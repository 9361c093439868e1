import { networkInterfaces } from "node:os";
import { handle, send } from "./ipc-main";
import { createRoomHost, type RoomHost } from "./room/host";
import { loadPhonePage } from "./room/page";

/**
 * The room the phones join, in Electron: one room host per facilitator
 * window, reached over IPC. It closes with its window, when the window
 * loads again (a reload starts with no room), and when the app quits.
 */
export function registerRoomHost(pageDir: string): { stopAll(): Promise<void> } {
  const hosts = new Map<number, RoomHost>();
  handle("room:host", (event, message) => {
    const contents = event.sender;
    // Read once: a destroyed WebContents throws on every property, its id too.
    const id = contents.id;
    let host = hosts.get(id);
    if (!host) {
      const created = createRoomHost({
        page: () => loadPhonePage(pageDir),
        interfaces: networkInterfaces,
        send: (reply) => send(contents, "room:host", reply),
      });
      const stop = () => {
        contents.removeListener("destroyed", stop);
        contents.removeListener("did-navigate", stop);
        if (hosts.get(id) === created) hosts.delete(id);
        void created.stop();
      };
      contents.once("destroyed", stop);
      contents.once("did-navigate", stop);
      hosts.set(id, created);
      host = created;
    }
    void host.receive(message);
    return undefined;
  });
  return {
    stopAll: async () => {
      await Promise.all([...hosts.values()].map((h) => h.stop()));
      hosts.clear();
    },
  };
}
