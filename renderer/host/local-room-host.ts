import type { RoomHostLink } from "../../shared/host";
import type { FromHost, ToHost } from "../../shared/room/control";

/** Where `npm start`'s server listens for the facilitator's page (electron/room/local-control.ts). */
const CONTROL_PATH = "/accord-room-host";

let link: RoomHostLink | null = null;

/**
 * In a browser, the room host is the server that served this page, over a
 * WebSocket on the same loopback address. One link per page: it opens on the
 * first message and, if the server goes, tells its listeners the room closed.
 */
export function localRoomHost(location: Location | undefined): RoomHostLink | null {
  if (location?.protocol !== "http:") return null;
  if (link) return link;
  const handlers = new Set<(message: FromHost) => void>();
  const waiting: ToHost[] = [];
  let socket: WebSocket | null = null;
  const tell = (message: FromHost) => {
    for (const handler of handlers) handler(message);
  };
  const connect = () => {
    const ws = new WebSocket(`ws://${location.host}${CONTROL_PATH}`);
    socket = ws;
    ws.onopen = () => {
      for (const message of waiting.splice(0)) ws.send(JSON.stringify(message));
    };
    ws.onmessage = (event) => {
      try {
        tell(JSON.parse(String(event.data)) as FromHost);
      } catch {
        // Only the room host writes here, and only JSON.
      }
    };
    ws.onclose = () => {
      socket = null;
      waiting.length = 0;
      tell({ type: "closed" });
    };
  };
  link = {
    send: (message) => {
      if (socket?.readyState === WebSocket.OPEN) return socket.send(JSON.stringify(message));
      waiting.push(message);
      if (!socket) connect();
    },
    onMessage: (handler) => {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
  };
  return link;
}
