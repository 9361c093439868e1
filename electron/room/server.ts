import { randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import type { Device } from "../../shared/room/control";
import { deviceLabel } from "../../shared/room/device";
import { type FromPhone, PHONE_MESSAGE_MAX_BYTES, readPhoneMessage } from "../../shared/room/phone";
import { DEVICE_REMOVED, ROOM_CLOSED, TOO_MANY_MESSAGES, type ToPhone } from "../../shared/room/to-phone";

/*
 * The room server: while the facilitator has the room open, it answers the
 * phones in the room on one address of the room's network, and nothing
 * else. It serves the participant page and one WebSocket; it never calls
 * out. Plain Node (no Electron), so Electron's main and `npm start`'s browser
 * fallback run the same code, and tests run it on 127.0.0.1.
 */

/** The participant page's files, by path: nothing outside this list is ever served. */
export type PhonePage = Readonly<Record<string, { type: string; body: string | Buffer }>>;

export type { Device };

export interface RoomServerOptions {
  /** The one address to listen on (chooseRoomAddress, or the facilitator's pick; 127.0.0.1 in tests). */
  address: string;
  /** 0 (the default) takes a free port. */
  port?: number;
  page: PhonePage;
  /** A phone's message, read and bounded; what it returns goes back to that phone alone. */
  onMessage: (device: Device, message: FromPhone) => Promise<ToPhone> | ToPhone;
  /** Phones joined or left. */
  onDevices?: (devices: Device[]) => void;
  /** For tests: the clock that rate limits. */
  now?: () => number;
  /** For tests: how often a phone must answer a ping to stay in the room. */
  heartbeatMs?: number;
}

export interface OpenRoom {
  /**
   * What the QR code holds: the page's address, with the room's secret in the
   * fragment, which a browser never puts in a request line or a log; the page
   * then sends it in the socket's handshake, over the room's network.
   */
  joinUrl: string;
  /** The page's address without the secret, for a person typing it, who then types the PIN. */
  address: string;
  pin: string;
  devices(): Device[];
  send(deviceId: string, message: ToPhone): void;
  broadcast(message: ToPhone): void;
  /** Drops a phone; it can join again only with the secret or the PIN. */
  remove(deviceId: string): void;
  /** No new phone can join while locked; phones already in stay. */
  lock(locked: boolean): void;
  close(): Promise<void>;
}

export const ROOM_PROTOCOL = "accord-room";
const SOCKET_PATH = "/room";
/** Messages one phone may send in RATE_WINDOW_MS: far above a person tapping, far below a flood. */
const RATE_LIMIT = 40;
const RATE_WINDOW_MS = 10_000;
/**
 * How often the room checks that each phone is still there: a phone that
 * walked out of the Wi-Fi never says goodbye, and would hold its person's
 * name until it answers no more pings.
 */
const HEARTBEAT_MS = 5000;
/** Phones in one room: a large hall, with room to spare; past it, a flood of sockets is turned away. */
const MAX_PHONES = 500;
/** Wrong PINs before the PIN stops opening the room (the QR code's secret still does). */
const PIN_TRIES = 20;

/** The path of a request, or null for a request line no URL parser accepts ("//[", "//a b"): answered 400, never thrown. */
function pathOf(url: string | undefined, origin: string): string | null {
  try {
    return new URL(url ?? "/", origin).pathname;
  } catch {
    return null;
  }
}

const same = (a: string, b: string) => {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
};

function refuseUpgrade(socket: Socket, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

const SECURITY_HEADERS = (origin: string) => ({
  "Content-Security-Policy": `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src ws://${new URL(origin).host}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
  "Cross-Origin-Resource-Policy": "same-origin",
});

export async function openRoom(options: RoomServerOptions): Promise<OpenRoom> {
  const now = options.now ?? Date.now;
  const secret = randomBytes(24).toString("base64url");
  const pin = String(randomInt(0, 1_000_000)).padStart(6, "0");
  let wrongPins = 0;
  let locked = false;
  let origin = "";
  let host = "";
  const phones = new Map<
    string,
    { socket: WebSocket; device: Device; sent: number[]; queue: Promise<void>; alive: boolean }
  >();
  const devices = () => [...phones.values()].map((p) => p.device);
  const changed = () => options.onDevices?.(devices());

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // Another name for this address (DNS rebinding) gets nothing.
    if (req.headers.host !== host) return void res.writeHead(421).end();
    if (req.method !== "GET" && req.method !== "HEAD") return void res.writeHead(405, { Allow: "GET, HEAD" }).end();
    const path = pathOf(req.url, origin);
    if (path === null) return void res.writeHead(400).end();
    const file = Object.hasOwn(options.page, path) ? options.page[path] : undefined;
    if (!file) return void res.writeHead(404, SECURITY_HEADERS(origin)).end();
    res.writeHead(200, { "Content-Type": file.type, ...SECURITY_HEADERS(origin) });
    res.end(req.method === "HEAD" ? undefined : file.body);
  });

  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: PHONE_MESSAGE_MAX_BYTES,
    handleProtocols: (protocols) => (protocols.has(ROOM_PROTOCOL) ? ROOM_PROTOCOL : false),
  });

  /** How the handshake proved it belongs in the room, or null. */
  function proof(req: IncomingMessage): Device["joinedWith"] | null {
    const offered = String(req.headers["sec-websocket-protocol"] ?? "")
      .split(",")
      .map((p) => p.trim());
    if (!offered.includes(ROOM_PROTOCOL)) return null;
    for (const token of offered) {
      if (token.startsWith("secret.") && same(token.slice(7), secret)) return "secret";
      if (token.startsWith("pin.") && wrongPins < PIN_TRIES) {
        if (same(token.slice(4), pin)) return "pin";
        wrongPins += 1;
      }
    }
    return null;
  }

  server.on("upgrade", (req: IncomingMessage, socket: Socket, head: Buffer) => {
    if (req.headers.host !== host || req.headers.origin !== origin) return refuseUpgrade(socket, "403 Forbidden");
    const path = pathOf(req.url, origin);
    if (path === null) return refuseUpgrade(socket, "400 Bad Request");
    if (path !== SOCKET_PATH) return refuseUpgrade(socket, "404 Not Found");
    if (locked) return refuseUpgrade(socket, "423 Locked");
    if (phones.size >= MAX_PHONES) return refuseUpgrade(socket, "503 Service Unavailable");
    const joinedWith = proof(req);
    if (!joinedWith) return refuseUpgrade(socket, "401 Unauthorized");
    const label = deviceLabel(req.headers["user-agent"]);
    sockets.handleUpgrade(req, socket, head, (ws) => welcome(ws, joinedWith, label));
  });

  function welcome(socket: WebSocket, joinedWith: Device["joinedWith"], label: string): void {
    const device: Device = {
      id: randomBytes(9).toString("base64url"),
      connectedAt: new Date(now()).toISOString(),
      joinedWith,
      label,
    };
    const phone = { socket, device, sent: [] as number[], queue: Promise.resolve(), alive: true };
    socket.on("pong", () => {
      phone.alive = true;
    });
    phones.set(device.id, phone);
    say(socket, { type: "welcome", deviceId: device.id });
    changed();
    socket.on("message", (data, isBinary) => {
      const at = now();
      phone.sent = phone.sent.filter((t) => at - t < RATE_WINDOW_MS);
      phone.sent.push(at);
      if (phone.sent.length > RATE_LIMIT) return socket.close(TOO_MANY_MESSAGES, "Too many messages");
      const reading = isBinary
        ? { ok: false as const, problem: "The message is not text." }
        : readPhoneMessage(String(data));
      // One message at a time per phone, in the order sent: a vote changed twice ends as the second.
      phone.queue = phone.queue.then(async () => {
        if (!reading.ok) return say(socket, { type: "refused", message: reading.problem });
        try {
          say(socket, await options.onMessage(device, reading.message));
        } catch {
          say(socket, { type: "refused", message: "Accord could not take this just now: try again." });
        }
      });
    });
    socket.on("close", () => {
      phones.delete(device.id);
      changed();
    });
    socket.on("error", () => socket.terminate());
  }

  function say(socket: WebSocket, message: ToPhone): void {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === "EADDRNOTAVAIL"
            ? `This computer has no address ${options.address}: choose another network.`
            : `The room could not open on ${options.address}: ${error.message}`,
        ),
      ),
    );
    server.listen(options.port ?? 0, options.address, () => resolve());
  });
  const heartbeat = setInterval(() => {
    for (const phone of phones.values()) {
      if (!phone.alive) {
        phone.socket.terminate();
        continue;
      }
      phone.alive = false;
      phone.socket.ping();
    }
  }, options.heartbeatMs ?? HEARTBEAT_MS);
  heartbeat.unref();
  const { port } = server.address() as AddressInfo;
  host = `${options.address}:${port}`;
  origin = `http://${host}`;

  return {
    joinUrl: `${origin}/#${secret}`,
    address: `${origin}/`,
    pin,
    devices,
    send: (deviceId, message) => {
      const phone = phones.get(deviceId);
      if (phone) say(phone.socket, message);
    },
    broadcast: (message) => {
      for (const phone of phones.values()) say(phone.socket, message);
    },
    remove: (deviceId) => {
      const socket = phones.get(deviceId)?.socket;
      socket?.close(DEVICE_REMOVED, "Removed by the facilitator");
      // Out at once, even if the phone does not answer the closing handshake (it may be out of range).
      setTimeout(() => socket?.terminate(), 1000).unref();
    },
    lock: (value) => {
      locked = value;
    },
    close: async () => {
      clearInterval(heartbeat);
      locked = true;
      for (const phone of phones.values()) phone.socket.close(ROOM_CLOSED, "The room is closed");
      // A phone that does not answer the closing handshake is cut off.
      setTimeout(() => {
        for (const phone of phones.values()) phone.socket.terminate();
      }, 500).unref();
      await new Promise<void>((resolve) => {
        sockets.close();
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
