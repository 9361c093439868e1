import { useRef, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { useBindCommands } from "../../commands/bind";
import { useParkingLotItem } from "../../store/selectors";
import { edit, useWorkshopStore } from "../../store/workshop-store";

function ParkedItem({ itemId, index }: { itemId: string; index: number }) {
  const item = useParkingLotItem(itemId);
  if (!item) return null;
  return (
    <li className="parked-item">
      <input
        aria-label={`Parked item ${index + 1}`}
        value={item.text}
        onChange={(e) => edit("updateParkingLotItem", itemId, { text: e.target.value })}
      />
      <input
        aria-label={`Owner of parked item ${index + 1}`}
        placeholder="Owner"
        value={item.owner ?? ""}
        onChange={(e) => edit("updateParkingLotItem", itemId, { owner: e.target.value })}
      />
      <button
        type="button"
        className="btn btn-quiet"
        aria-label={`Remove parked item ${index + 1}`}
        onClick={() => edit("removeParkingLotItem", itemId)}
      >
        ✕
      </button>
    </li>
  );
}

/** What cannot be settled today, with who takes it away. */
export function ParkingLot() {
  const ids = useWorkshopStore(useShallow((s) => s.workshop?.parkingLot.map((p) => p.id) ?? []));
  const [text, setText] = useState("");
  const [owner, setOwner] = useState("");
  const input = useRef<HTMLInputElement>(null);
  useBindCommands({ "agreement.park-item": () => input.current?.focus() });
  return (
    <section className="parking-lot" aria-labelledby="parking-lot-heading">
      <h3 id="parking-lot-heading">Parking lot</h3>
      <ol>
        {ids.map((id, i) => (
          <ParkedItem key={id} itemId={id} index={i} />
        ))}
      </ol>
      <form
        className="parking-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (edit("addParkingLotItem", { text, owner }).ok) {
            setText("");
            setOwner("");
          }
        }}
      >
        <input
          ref={input}
          aria-keyshortcuts="P"
          aria-label="Park something"
          placeholder="Park something…"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <input aria-label="Its owner" placeholder="Owner" value={owner} onChange={(e) => setOwner(e.target.value)} />
        <button type="submit" className="btn">
          Park it
        </button>
      </form>
    </section>
  );
}
