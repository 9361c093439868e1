import type { EventEmitter } from "node:events";
import type { IncomingMessage } from "node:http";
import { networkInterfaces } from "node:os";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import { createRoomHost } from "./host";
import { loadPhonePage } from "./page";

/*
 * The room's control channel where there is no Electron: `npm start`
 * serves the app on 127.0.0.1, and the facilitator's page reaches the room
 * host over a WebSocket on that same address. Only a page of the app's own
 * origin on loopback may open it: another site in the same browser, or a
 * name that resolves to 127.0.0.1 (DNS rebinding), is refused.
 */

export const CONTROL_PATH = "/accord-room-host";
const LOOPBACK_HOST = /^(127\.0\.0\.1|localhost|\[::1\]):\d{1,5}$/;

export interface LocalControlOptions {
  /** The built participant page (dist/phone). */
  pageDir: string;
}

function pathOf(url: string | undefined): string | null {
  try {
    return new URL(url ?? "/", "http://127.0.0.1").pathname;
  } catch {
    return null;
  }
}

/** Whether a handshake comes from the app's own page on this computer. */
export function isOwnPage(headers: IncomingMessage["headers"]): boolean {
  const host = headers.host ?? "";
  return LOOPBACK_HOST.test(host) && headers.origin === `http://${host}`;
}

/** `server`: any Node HTTP server (vite's preview and dev servers, in npm start). */
export function attachRoomControl(server: Pick<EventEmitter, "on">, options: LocalControlOptions): void {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 * 1024 });
  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Other upgrades on this server are not the room's (vite's own, in development).
    if (pathOf(req.url) !== CONTROL_PATH) return;
    if (!isOwnPage(req.headers)) {
      socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return void socket.destroy();
    }
    sockets.handleUpgrade(req, socket, head, (control) => {
      const host = createRoomHost({
        page: () => loadPhonePage(options.pageDir),
        interfaces: networkInterfaces,
        send: (message) => control.readyState === control.OPEN && control.send(JSON.stringify(message)),
      });
      control.on("message", (data) => {
        let message: unknown;
        try {
          message = JSON.parse(String(data));
        } catch {
          return;
        }
        void host.receive(message);
      });
      // The facilitator's page closed or reloaded: its room closes with it.
      control.on("close", () => void host.stop());
      control.on("error", () => control.terminate());
    });
  });
}
