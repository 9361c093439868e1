import type { AddressChoice } from "./address";
import type { FromPhone } from "./phone";
import type { PhoneRoster, PhoneView } from "./phone-view";
import type { ToPhone } from "./to-phone";

/**
 * What the facilitator's window and its host (Electron's main process, or
 * `npm start`'s server in a browser) say to each other about the room the
 * phones join. The host only listens and relays: the workshop, and every
 * decision about what a phone may change, stay in the facilitator's window.
 */

export interface Device {
  id: string;
  connectedAt: string;
  /** How it proved it was in the room: the QR code's secret, or the PIN typed from the screen. */
  joinedWith: "secret" | "pin";
  /** The kind of phone and its browser, as it says of itself (shared/room/device.ts). */
  label: string;
}

/** The facilitator's window to its host. */
export type ToHost =
  | { type: "addresses" }
  | { type: "open"; address: string }
  | { type: "close" }
  | { type: "lock"; locked: boolean }
  | { type: "remove"; deviceId: string }
  /** What every phone sees now; a phone that joins later is sent the last one. */
  | { type: "view"; view: PhoneView }
  | { type: "roster"; roster: PhoneRoster }
  /** Answers to the phones' requests, in the order asked. */
  | { type: "replies"; replies: PhoneReply[] };

/** The host to the facilitator's window. */
export type FromHost =
  | { type: "addresses"; choice: AddressChoice }
  | { type: "opened"; address: string; joinUrl: string; pin: string }
  | { type: "open-failed"; message: string }
  | { type: "closed" }
  | { type: "devices"; devices: Device[] }
  /**
   * Phones' messages that came in together, each already read against
   * shared/room/phone.ts; answered with replies of the same requestIds. One
   * message for many, since a room votes at once.
   */
  | { type: "phones"; requests: PhoneAsked[] };

export interface PhoneAsked {
  requestId: number;
  deviceId: string;
  message: FromPhone;
}

export interface PhoneReply {
  requestId: number;
  deviceId: string;
  message: ToPhone;
}

export const THIS_COMPUTER_ONLY = { adapter: "This computer only (to try the room)", address: "127.0.0.1" } as const;
