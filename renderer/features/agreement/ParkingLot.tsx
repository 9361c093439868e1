import { useRef, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { writesOneThree } from "../../../shared/charter/build";
import { useBindCommands } from "../../commands/bind";
import { useParkingLotItem } from "../../store/selectors";
import { edit, useWorkshopStore } from "../../store/workshop-store";

/** A term's name from a parked question: its words without the question mark, cut at a name's length. */
const suggestedName = (text: string) =>
  text
    .trim()
    .replace(/[?？]+$/u, "")
    .slice(0, 80);

/** Turns the item into a glossary term, under a name the facilitator confirms. */
function MakeTerm({ itemId, text, onDone }: { itemId: string; text: string; onDone: (made: string | null) => void }) {
  const [name, setName] = useState(() => suggestedName(text));
  const [why, setWhy] = useState<string | null>(null);
  return (
    <form
      className="parked-make-term"
      onSubmit={(e) => {
        e.preventDefault();
        const made = edit("parkedItemToTerm", itemId, name, new Date().toISOString());
        if (made.ok) onDone(name.trim());
        else setWhy(made.problems.map((p) => p.message).join(" "));
      }}
    >
      <label className="field">
        <span>Name of the term</span>
        {/* biome-ignore lint/a11y/noAutofocus: the facilitator asked for this form; the name is the next keystroke */}
        <input autoFocus value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      {why ? <p role="alert">{why}</p> : null}
      <button type="submit" className="btn btn-primary">
        Add to the glossary
      </button>
      <button type="button" className="btn" onClick={() => onDone(null)}>
        Cancel
      </button>
    </form>
  );
}

/**
 * A parked item as a card the room can read: its words in full, who takes it
 * away and by when (which makes it an action in the charter), or "make it a
 * term" when the question is really a word the teams use differently.
 */
function ParkedItem({
  itemId,
  index,
  dated,
  onTerm,
}: {
  itemId: string;
  index: number;
  /** Whether this version's charter carries dates (format 1.3). */
  dated: boolean;
  onTerm: (name: string) => void;
}) {
  const item = useParkingLotItem(itemId);
  const [making, setMaking] = useState(false);
  const makeButton = useRef<HTMLButtonElement>(null);
  if (!item) return null;
  const n = index + 1;
  return (
    <li className="parked-item">
      <textarea
        aria-label={`Parked item ${n}`}
        rows={2}
        value={item.text}
        onChange={(e) => edit("updateParkingLotItem", itemId, { text: e.target.value })}
      />
      <div className="parked-action">
        <label>
          <span>Owner</span>
          <input
            aria-label={`Owner of parked item ${n}`}
            placeholder="Who takes it away"
            value={item.owner ?? ""}
            onChange={(e) => edit("updateParkingLotItem", itemId, { owner: e.target.value })}
          />
        </label>
        {dated ? (
          <label>
            <span>By</span>
            <input
              type="date"
              aria-label={`By: the date parked item ${n} is answered`}
              value={item.due ?? ""}
              onChange={(e) => edit("updateParkingLotItem", itemId, { due: e.target.value || null })}
            />
          </label>
        ) : null}
      </div>
      {making ? (
        <MakeTerm
          itemId={itemId}
          text={item.text}
          onDone={(made) => {
            setMaking(false);
            if (made) onTerm(made);
            // Cancelled: the keyboard goes back to the button that opened the form, not to the page.
            else requestAnimationFrame(() => makeButton.current?.focus());
          }}
        />
      ) : (
        <div className="parked-tools">
          <button
            ref={makeButton}
            type="button"
            className="btn"
            onClick={() => setMaking(true)}
            aria-label={`Make it a term: parked item ${n}`}
          >
            Make it a term…
          </button>
          <button
            type="button"
            className="btn btn-quiet"
            aria-label={`Remove parked item ${n}`}
            onClick={() => edit("removeParkingLotItem", itemId)}
          >
            Remove
          </button>
        </div>
      )}
    </li>
  );
}

/** What cannot be settled today, with who takes it away. */
export function ParkingLot() {
  const ids = useWorkshopStore(useShallow((s) => s.workshop?.parkingLot.map((p) => p.id) ?? []));
  const [text, setText] = useState("");
  const [owner, setOwner] = useState("");
  const [made, setMade] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const dated = useWorkshopStore((s) => (s.workshop ? writesOneThree(s.workshop) : true));
  const input = useRef<HTMLInputElement>(null);
  useBindCommands({ "agreement.park-item": () => input.current?.focus() });
  return (
    <section className="parking-lot" aria-labelledby="parking-lot-heading">
      <h3 id="parking-lot-heading">Parking lot</h3>
      <p className="muted">
        {dated
          ? "With an owner and a date, an item is an action the charter carries."
          : "This version is written in charter format 1.2, which has no dates: an item carries its owner; dates come with the next version."}
      </p>
      <ol>
        {ids.map((id, i) => (
          <ParkedItem
            key={id}
            itemId={id}
            index={i}
            dated={dated}
            onTerm={(name) => {
              setMade(name);
              // The card is gone: the keyboard lands on the line that says where the term went.
              requestAnimationFrame(() => status.current?.focus());
            }}
          />
        ))}
      </ol>
      <p ref={status} tabIndex={-1} role="status" className="muted">
        {made ? `“${made}” is a term now, on the Definitions board; the parked words are in the decision log.` : ""}
      </p>
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
