import { usePhones } from "./phones-store";
import { phonesRoom } from "./usePhoneRoomHost";

/** Before the room opens: which network the phones are on, and whether people may join without their name. */
export function OpenRoomForm() {
  const available = usePhones((s) => s.available);
  const choice = usePhones((s) => s.choice);
  const address = usePhones((s) => s.address);
  const anonymous = usePhones((s) => s.anonymous);
  const status = usePhones((s) => s.status);
  if (!available) {
    return <p>Phones can join when Accord runs as the app, or in a browser started with npm start.</p>;
  }
  if (!choice) return <p role="status">Looking for this computer's networks…</p>;
  const picked = address ?? choice.chosen?.address ?? choice.candidates[0]?.address ?? "";
  return (
    <form
      className="phones-open"
      onSubmit={(event) => {
        event.preventDefault();
        usePhones.setState({ address: picked });
        phonesRoom.open();
      }}
    >
      {choice.advice && <p className="phones-advice">{choice.advice}</p>}
      <label>
        Network the phones are on
        <select value={picked} onChange={(event) => usePhones.setState({ address: event.target.value })}>
          {choice.candidates.map((c) => (
            <option key={c.address} value={c.address}>
              {c.adapter} — {c.address}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="btn btn-quiet" onClick={phonesRoom.refreshAddresses}>
        Look again
      </button>
      <label className="phones-check">
        <input
          type="checkbox"
          checked={anonymous}
          onChange={(event) => usePhones.setState({ anonymous: event.target.checked })}
        />
        Anonymous: people may join without their name, and no vote says whose it is
      </label>
      <button type="submit" className="btn btn-primary" disabled={status === "opening" || picked === ""}>
        {status === "opening" ? "Opening…" : "Open the room to phones"}
      </button>
    </form>
  );
}
