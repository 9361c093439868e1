/** What the room server says to one phone, or to all of them. */
export type ToPhone =
  | { type: "welcome"; deviceId: string }
  | { type: "accepted"; what: string }
  | { type: "refused"; message: string };

/** Close codes a phone tells its person about, beside the WebSocket's own. */
export const ROOM_CLOSED = 4000;
export const DEVICE_REMOVED = 4001;
export const TOO_MANY_MESSAGES = 4002;
