import { create } from "zustand";
import type { AddressChoice } from "../../../shared/room/address";
import type { Device } from "../../../shared/room/control";
import type { RoomJoin } from "../../../shared/room/frame";
import type { PhoneMember, Proposal } from "../../../shared/room/from-phone";

/**
 * The room the phones join, as the facilitator's window knows it. Like the
 * room cue it belongs to this window, never to the document: a reload
 * starts with the room closed.
 */
export interface PhonesState {
  /** False where the host has no room server (a page opened from a file). */
  available: boolean;
  status: "closed" | "opening" | "open";
  choice: AddressChoice | null;
  /** The network the facilitator picked; null takes the host's best. */
  address: string | null;
  /** People may join without their name, and no vote then says whose it is. */
  anonymous: boolean;
  /** Signatories may sign on their own phones while the room is on Sign off. */
  signing: boolean;
  join: RoomJoin | null;
  locked: boolean;
  devices: Device[];
  /** Who each joined phone speaks for, by device id; gone when the phone goes. */
  members: Record<string, PhoneMember>;
  /** Wordings sent from phones, waiting for the facilitator to take them or not. */
  proposals: Proposal[];
  problem: string | null;
  panelOpen: boolean;
}

const closed = {
  status: "closed" as const,
  join: null,
  locked: false,
  devices: [],
  members: {},
};

export const usePhones = create<PhonesState>()(() => ({
  available: true,
  ...closed,
  choice: null,
  address: null,
  anonymous: false,
  signing: false,
  proposals: [],
  problem: null,
  panelOpen: false,
}));

export const roomClosed = () => usePhones.setState({ ...closed });

/** What the room screen shows to let phones in: nothing once joining is locked. */
export const joinShown = (s: PhonesState): RoomJoin | null => (s.status === "open" && !s.locked ? s.join : null);
