import type { FromPhone } from "../../shared/room/phone";
import { DEVICE_REMOVED, ROOM_CLOSED, TOO_MANY_MESSAGES, type ToPhone } from "../../shared/room/to-phone";

/** How this phone shows it is in the room: the secret from the QR code, or the PIN read off the room screen. */
export type Proof = { secret: string } | { pin: string };

export type LinkState =
  | { state: "connecting" }
  | { state: "open" }
  | { state: "out"; reason: string; canRetry: boolean };

export interface RoomLink {
  /** False when the socket is not open (the phone is reconnecting): nothing was sent. */
  send(message: FromPhone): boolean;
  close(): void;
}

const ROOM_PROTOCOL = "accord-room";
const RETRIES = 20;
const RETRY_MS = 2000;

/** Why the room let this phone go, in words for the person holding it. */
export function outReason(code: number, everOpen: boolean): { reason: string; canRetry: boolean } {
  if (code === ROOM_CLOSED) return { reason: "The room is closed. Thank you for taking part.", canRetry: false };
  if (code === DEVICE_REMOVED) return { reason: "The facilitator took this phone out of the room.", canRetry: false };
  if (code === TOO_MANY_MESSAGES) {
    return { reason: "This phone sent too much at once, so the room let it go. Join again.", canRetry: true };
  }
  if (!everOpen) {
    return {
      reason: "This phone could not join: the PIN may be wrong, joining may be locked, or the room has closed.",
      canRetry: true,
    };
  }
  return { reason: "This phone lost the room's Wi-Fi.", canRetry: true };
}

/**
 * A socket to the room server that comes back by itself when the phone
 * sleeps or the Wi-Fi drops for a moment, and stops for good when the
 * room closes or the facilitator removes the phone.
 */
export function connectToRoom(
  proof: Proof,
  onMessage: (message: ToPhone) => void,
  onState: (state: LinkState) => void,
  /** Every time the socket opens, the first time too: the room knows nothing of a new socket, so say again who this is. */
  onOpen: () => void,
): RoomLink {
  let socket: WebSocket | null = null;
  let stopped = false;
  let everOpen = false;
  let tries = 0;
  const token = "secret" in proof ? `secret.${proof.secret}` : `pin.${proof.pin}`;

  function open(): void {
    onState({ state: "connecting" });
    const ws = new WebSocket(`ws://${location.host}/room`, [ROOM_PROTOCOL, token]);
    socket = ws;
    ws.onopen = () => {
      onOpen();
      everOpen = true;
      tries = 0;
      onState({ state: "open" });
    };
    ws.onmessage = (event) => {
      try {
        onMessage(JSON.parse(String(event.data)) as ToPhone);
      } catch {
        // The room server sends JSON only; anything else is not for this page.
      }
    };
    ws.onclose = (event) => {
      if (stopped) return;
      const out = outReason(event.code, everOpen);
      // A phone that slept or lost the Wi-Fi comes back; a closed room, a removal or a refused PIN does not.
      if (everOpen && out.canRetry && event.code !== TOO_MANY_MESSAGES && tries < RETRIES) {
        tries += 1;
        onState({ state: "connecting" });
        setTimeout(open, RETRY_MS);
        return;
      }
      onState({ state: "out", ...out });
    };
  }

  open();
  return {
    send: (message) => {
      if (socket?.readyState !== WebSocket.OPEN) return false;
      socket.send(JSON.stringify(message));
      return true;
    },
    close: () => {
      stopped = true;
      socket?.close();
    },
  };
}

const SECRET_KEY = "accord-room-secret";

/**
 * The secret the QR code carried in the address's fragment. It is taken out
 * of the address bar at once (a screenshot or a shared link must not let
 * anyone else in) and kept for this tab alone, so a reload still joins.
 */
export function takeSecret(): string | null {
  const fromLink = location.hash.slice(1);
  if (/^[A-Za-z0-9_-]{16,64}$/.test(fromLink)) {
    sessionStorage.setItem(SECRET_KEY, fromLink);
    history.replaceState(null, "", location.pathname);
    return fromLink;
  }
  return sessionStorage.getItem(SECRET_KEY);
}

export function forgetSecret(): void {
  sessionStorage.removeItem(SECRET_KEY);
}
