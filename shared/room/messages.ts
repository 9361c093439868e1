import type { RoomFrame } from "./frame";

/**
 * What the facilitator's window and a room screen say to each other. The
 * room screen asks for the frame when it opens and says when it goes; the
 * facilitator's window sends a frame on every change, and says when the
 * workshop closes.
 */
export type ToRoom =
  | { type: "frame"; frame: RoomFrame }
  /** The facilitator's window started (or reloaded): open room screens say hello again. */
  | { type: "roll-call"; workshopId: string }
  | { type: "closed"; workshopId: string };
export type FromRoom = { type: "hello"; roomId: string } | { type: "bye"; roomId: string };

const TO_ROOM = new Set(["frame", "roll-call", "closed"]);
const FROM_ROOM = new Set(["hello", "bye"]);

const typed = (data: unknown, types: Set<string>): boolean =>
  typeof data === "object" && data !== null && types.has(String((data as { type?: unknown }).type));

/** A message from another page on the channel may be anything: only the known shapes are read. */
export function isToRoom(data: unknown): data is ToRoom {
  if (!typed(data, TO_ROOM)) return false;
  const message = data as { type: string; frame?: { workshopId?: unknown; screen?: unknown } };
  if (message.type !== "frame") return typeof (data as { workshopId?: unknown }).workshopId === "string";
  return typeof message.frame?.workshopId === "string" && typeof message.frame.screen === "string";
}

export function isFromRoom(data: unknown): data is FromRoom {
  return typed(data, FROM_ROOM) && typeof (data as { roomId?: unknown }).roomId === "string";
}

/** Where a room screen's window opens: #/room/<workshop id>, after the app's own entry page. */
export const roomScreenHash = (workshopId: string) => `#/room/${encodeURIComponent(workshopId)}`;

/** One channel per workshop: two workshops open in two windows never show on each other's room screen. */
export const roomChannelName = (workshopId: string) => `accord-room:${workshopId}`;
