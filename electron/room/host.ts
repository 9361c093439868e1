import { z } from "zod";
import { chooseRoomAddress, type Interfaces } from "../../shared/room/address";
import { type FromHost, type PhoneAsked, THIS_COMPUTER_ONLY, type ToHost } from "../../shared/room/control";
import type { PhoneRoster, PhoneView } from "../../shared/room/phone-view";
import type { ToPhone } from "../../shared/room/to-phone";
import { type OpenRoom, openRoom, type PhonePage } from "./server";

/*
 * The host's side of the room: it opens the room server when the
 * facilitator's window asks, relays each phone's message to that window
 * and its answer back, and sends every phone the view the window gives it.
 * It decides nothing about the workshop. Electron's main and `npm start`
 * each run one per facilitator window, over IPC or a local socket.
 */

export interface RoomHostOptions {
  /** The participant page, read when the room opens (loadPhonePage). */
  page: () => Promise<PhonePage>;
  /** os.networkInterfaces(), or a made-up list in tests. */
  interfaces: () => Interfaces;
  /** To the facilitator's window. */
  send: (message: FromHost) => void;
  /** How long a phone waits for the facilitator's window to answer. */
  answerWithinMs?: number;
}

export interface RoomHost {
  /** A message from the facilitator's window: untrusted in shape until read here. */
  receive(message: unknown): Promise<void>;
  /** The facilitator's window went, or the app quits: the room closes and every phone is out. */
  stop(): Promise<void>;
}

const id = z.string().min(1).max(200);
const ToHostSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("addresses") }),
  z.strictObject({ type: z.literal("open"), address: z.string().max(64) }),
  z.strictObject({ type: z.literal("close") }),
  z.strictObject({ type: z.literal("lock"), locked: z.boolean() }),
  z.strictObject({ type: z.literal("remove"), deviceId: id }),
  // The window builds these from the room frame (shared/room/phone-view.ts); the host only passes them on.
  z.strictObject({ type: z.literal("view"), view: z.custom<PhoneView>((v) => typeof v === "object" && v !== null) }),
  z.strictObject({
    type: z.literal("roster"),
    roster: z.custom<PhoneRoster>((v) => typeof v === "object" && v !== null),
  }),
  z.strictObject({
    type: z.literal("replies"),
    replies: z
      .array(
        z.strictObject({
          requestId: z.number().int().nonnegative(),
          deviceId: id,
          message: z.custom<ToPhone>((v) => typeof v === "object" && v !== null),
        }),
      )
      .max(10_000),
  }),
]);

export function createRoomHost(given: RoomHostOptions): RoomHost {
  // A stopped host (its window reloaded or closed) says nothing more, even when an open it had begun finishes.
  let stopped = false;
  const options = {
    ...given,
    send: (message: FromHost): void => {
      if (!stopped) given.send(message);
    },
  };
  let room: OpenRoom | null = null;
  let view: PhoneView | null = null;
  let roster: PhoneRoster | null = null;
  let nextRequest = 0;
  // Messages that arrive in the same turn of the event loop go to the window as one.
  let asking: PhoneAsked[] = [];
  const askTogether = (asked: PhoneAsked) => {
    if (asking.length === 0) {
      setImmediate(() => {
        const requests = asking;
        asking = [];
        // Asked of a room closed since: those phones were already told so.
        if (requests.length > 0) options.send({ type: "phones", requests });
      });
    }
    asking.push(asked);
  };
  let known = new Set<string>();
  const waiting = new Map<number, (answer: ToPhone) => void>();
  const answerWithin = options.answerWithinMs ?? 10_000;

  function addresses() {
    const choice = chooseRoomAddress(options.interfaces());
    return { ...choice, candidates: [...choice.candidates, THIS_COMPUTER_ONLY] };
  }

  /** `forget`: the window is done with this room, so what it showed goes too (a new workshop's room starts empty). */
  async function close(forget: boolean): Promise<void> {
    const open = room;
    room = null;
    known = new Set();
    asking = [];
    if (forget) {
      view = null;
      roster = null;
    }
    for (const answer of waiting.values()) answer({ type: "refused", message: "The room is closed." });
    waiting.clear();
    if (open) await open.close();
  }

  async function open(address: string): Promise<void> {
    // Re-opening makes a new secret and PIN: every phone joins again.
    await close(false);
    if (!addresses().candidates.some((c) => c.address === address)) {
      return options.send({
        type: "open-failed",
        message: `${address} is not an address of this computer's networks: choose one from the list.`,
      });
    }
    try {
      // This room's own callbacks; a room closed since (a phone leaving it late) is not the open one.
      let self: OpenRoom | null = null;
      const opened = await openRoom({
        address,
        page: await options.page(),
        onMessage: (device, message) =>
          new Promise<ToPhone>((resolve) => {
            if (room === null || room !== self) return resolve({ type: "refused", message: "The room is closed." });
            const requestId = nextRequest++;
            const timer = setTimeout(() => {
              waiting.delete(requestId);
              resolve({ type: "refused", message: "The facilitator's screen did not answer: try again." });
            }, answerWithin);
            waiting.set(requestId, (answer) => {
              clearTimeout(timer);
              waiting.delete(requestId);
              resolve(answer);
            });
            askTogether({ requestId, deviceId: device.id, message });
          }),
        onDevices: (devices) => {
          if (room === null || room !== self) return;
          // A phone that has just joined sees what the others see.
          for (const device of devices) {
            if (known.has(device.id)) continue;
            if (roster) opened.send(device.id, { type: "roster", roster });
            if (view) opened.send(device.id, { type: "view", view });
          }
          known = new Set(devices.map((d) => d.id));
          options.send({ type: "devices", devices });
        },
      });
      self = opened;
      room = opened;
      options.send({ type: "opened", address: opened.address, joinUrl: opened.joinUrl, pin: opened.pin });
    } catch (error) {
      options.send({ type: "open-failed", message: error instanceof Error ? error.message : String(error) });
    }
  }

  async function act(message: ToHost): Promise<void> {
    switch (message.type) {
      case "addresses":
        return options.send({ type: "addresses", choice: addresses() });
      case "open":
        return open(message.address);
      case "close":
        await close(true);
        return options.send({ type: "closed" });
      case "lock":
        return room?.lock(message.locked);
      case "remove":
        return room?.remove(message.deviceId);
      case "view":
        view = message.view;
        return room?.broadcast({ type: "view", view });
      case "roster":
        roster = message.roster;
        return room?.broadcast({ type: "roster", roster });
      case "replies":
        for (const reply of message.replies) waiting.get(reply.requestId)?.(reply.message);
        return;
    }
  }

  // One message at a time, in order: a close sent while the room is still opening closes the room it opened.
  let turn: Promise<void> = Promise.resolve();
  const inTurn = (step: () => Promise<void>) => {
    turn = turn.then(step).catch(() => undefined);
    return turn;
  };
  return {
    receive: (raw) => {
      const parsed = ToHostSchema.safeParse(raw);
      return parsed.success ? inTurn(() => act(parsed.data as ToHost)) : Promise.resolve();
    },
    stop: () => {
      stopped = true;
      return inTurn(() => close(true));
    },
  };
}
