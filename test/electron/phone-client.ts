import WebSocket from "ws";
import { ROOM_PROTOCOL } from "../../electron/room/server";
import type { ToPhone } from "../../shared/room/to-phone";

/** A phone in a Node test: what the room said to it, in order, and how its socket ended. */
export interface Phone {
  socket: WebSocket;
  messages: ToPhone[];
  next: () => Promise<ToPhone>;
  closed: Promise<number>;
}

export interface PhoneJoin {
  protocols?: string[];
  origin?: string;
  host?: string;
}

/** A phone joining the room at `address` as its QR code (`joinUrl`) lets it, or with what a test gives it instead. */
export function phoneJoining(address: string, joinUrl: string, join: PhoneJoin = {}): Promise<Phone> {
  const origin = new URL(address).origin;
  const secret = new URL(joinUrl).hash.slice(1);
  const socket = new WebSocket(
    `${origin.replace("http", "ws")}/room`,
    join.protocols ?? [ROOM_PROTOCOL, `secret.${secret}`],
    {
      origin: join.origin ?? origin,
      headers: join.host ? { Host: join.host } : {},
    },
  );
  const messages: ToPhone[] = [];
  const waiting: ((m: ToPhone) => void)[] = [];
  socket.on("message", (data) => {
    const message = JSON.parse(String(data)) as ToPhone;
    const waiter = waiting.shift();
    if (waiter) waiter(message);
    else messages.push(message);
  });
  const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));
  const next = () =>
    new Promise<ToPhone>((resolve) => {
      const ready = messages.shift();
      if (ready) resolve(ready);
      else waiting.push(resolve);
    });
  return new Promise((resolve, reject) => {
    socket.once("open", () => resolve({ socket, messages, next, closed }));
    socket.once("unexpected-response", (_req, res) => reject(new Error(`refused ${res.statusCode}`)));
    socket.once("error", reject);
  });
}
