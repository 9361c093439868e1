import { DeviceList } from "./DeviceList";
import { JoinDetails } from "./JoinDetails";
import { OpenRoomForm } from "./OpenRoomForm";
import { ProposalList } from "./ProposalList";
import { usePhones } from "./phones-store";
import { phonesRoom } from "./usePhoneRoomHost";
import "./phones.css";

/** The facilitator's controls for the room the phones join: open it, see who is in, take their proposals. */
export function PhonesPanel() {
  const open = usePhones((s) => s.panelOpen);
  const status = usePhones((s) => s.status);
  const problem = usePhones((s) => s.problem);
  const proposals = usePhones((s) => s.proposals.length);
  if (!open) return null;
  return (
    <section className="phones-panel" aria-labelledby="phones-heading">
      <header className="phones-panel-head">
        <h2 id="phones-heading">Phones in the room</h2>
        <button type="button" className="btn btn-quiet" onClick={() => usePhones.setState({ panelOpen: false })}>
          Hide
        </button>
      </header>
      {problem && (
        <p className="phones-problem" role="alert">
          {problem}
        </p>
      )}
      {status === "open" ? (
        <>
          <JoinDetails />
          <DeviceList />
          <button type="button" className="btn" onClick={phonesRoom.close}>
            Close the room to phones
          </button>
        </>
      ) : (
        <OpenRoomForm />
      )}
      {proposals > 0 && <ProposalList />}
      <details className="phones-help">
        <summary>Phones can't connect?</summary>
        <ul>
          <li>
            Phones and this computer must be on the same network. Guest Wi-Fi often keeps devices apart ("client
            isolation"); so can a company network that puts phones and laptops on different VLANs.
          </li>
          <li>
            No usable Wi-Fi? Start a hotspot on this computer, or on a phone and connect this computer to it, then close
            and open the room again so it listens on the new network.
          </li>
          <li>
            The first time, Windows or macOS may ask whether Accord may accept connections on this network: allow it for
            private networks (Windows) or allow local network access (macOS).
          </li>
          <li>Mobile data does not reach the room: phones should be on the room's Wi-Fi.</li>
        </ul>
      </details>
    </section>
  );
}
