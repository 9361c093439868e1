import type { RoomJoin } from "../../../shared/room/frame";
import { QrCode } from "../../ui/QrCode";

/** "123456" as the room reads it aloud: two groups of three. */
export const spacedPin = (pin: string) => pin.replace(/^(\d{3})(\d{3})$/, "$1 $2");

/** Without the scheme and the trailing slash: what a person types into a phone's address bar. */
export const typedAddress = (address: string) => address.replace(/^http:\/\//, "").replace(/\/$/, "");

/** How the room joins from its phones: the code to scan, or the address to type and the PIN. */
export function JoinCard({ join }: { join: RoomJoin }) {
  return (
    <section className="room-join" aria-label="Join from your phone">
      <QrCode className="room-join-qr" text={join.joinUrl} label="QR code to join the room from a phone" />
      <div className="room-join-words">
        <h2>Join from your phone</h2>
        <p>Scan the code, or open</p>
        <p className="room-join-address">{typedAddress(join.address)}</p>
        <p>
          PIN <span className="room-join-pin">{spacedPin(join.pin)}</span>
        </p>
        <p className="room-join-help">Not loading? Use this room's Wi-Fi, not mobile data.</p>
      </div>
    </section>
  );
}

/** The same, in one line under the heading of every other screen, for the late arrival. */
export function JoinLine({ join }: { join: RoomJoin }) {
  return (
    <span className="room-join-line">
      Join: {typedAddress(join.address)} · PIN {spacedPin(join.pin)}
    </span>
  );
}
