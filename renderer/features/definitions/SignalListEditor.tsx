import { useState } from "react";
import { edit, useWorkshopStore } from "../../store/workshop-store";

const NO_SIGNALS: string[] = [];

/** The buyer signals the room can tick; removing one unticks it everywhere. */
export function SignalListEditor() {
  const signals = useWorkshopStore((s) => s.workshop?.signals ?? NO_SIGNALS);
  const [name, setName] = useState("");
  return (
    <details className="signal-list">
      <summary>Buyer signals ({signals.length})</summary>
      <ul>
        {signals.map((signal) => (
          <li key={signal}>
            {signal}
            <button
              type="button"
              className="btn btn-quiet"
              aria-label={`Remove the signal ${signal}`}
              onClick={() => edit("removeSignal", signal)}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (edit("addSignal", name).ok) setName("");
        }}
      >
        <input aria-label="New signal" value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="btn">
          Add signal
        </button>
      </form>
    </details>
  );
}
