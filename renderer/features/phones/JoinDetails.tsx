import { useServices } from "../../storage/StorageContext";
import { QrCode } from "../../ui/QrCode";
import { spacedPin, typedAddress } from "../room/JoinCard";
import { usePhones } from "./phones-store";
import { phonesRoom } from "./usePhoneRoomHost";

/** The open room: how to join (also on the room screen), and the lock. */
export function JoinDetails() {
  const { host } = useServices();
  const join = usePhones((s) => s.join);
  const locked = usePhones((s) => s.locked);
  const anonymous = usePhones((s) => s.anonymous);
  const signing = usePhones((s) => s.signing);
  if (!join) return null;
  return (
    <div className="phones-join">
      <QrCode className="phones-qr" text={join.joinUrl} label="QR code to join the room from a phone" />
      <div>
        <p>
          Open <strong className="phones-address">{typedAddress(join.address)}</strong> and type PIN{" "}
          <strong>{spacedPin(join.pin)}</strong>, or scan the code.
        </p>
        <p>{anonymous ? "Anonymous: votes carry no names." : "People pick their own name; votes carry it."}</p>
        {/* To try the room on one computer: the same page a phone gets. Electron opens no browser windows. */}
        {host.kind === "browser" && (
          <p>
            <a href={join.joinUrl} target="_blank" rel="noreferrer">
              Open a phone's page here
            </a>
          </p>
        )}
        <label className="phones-check">
          <input
            type="checkbox"
            checked={signing}
            onChange={(event) => usePhones.setState({ signing: event.target.checked })}
          />
          Signatories may sign on their phones while the room is on Sign off
        </label>
        <button
          type="button"
          className="btn"
          aria-pressed={locked}
          onClick={() => phonesRoom.lock(!locked)}
          title="Phones already in stay; no new phone can join, and the room screen stops showing how."
        >
          {locked ? "Joining locked: unlock" : "Lock joining"}
        </button>
      </div>
    </div>
  );
}
