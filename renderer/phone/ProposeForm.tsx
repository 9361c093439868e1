import { useEffect, useState } from "react";
import type { PhoneStep } from "../../shared/room/phone-view";
import type { PhoneRoom } from "./usePhoneRoom";

type ProposeProps = { room: PhoneRoom; step: Extract<PhoneStep, { kind: "propose" }> };

/** A team's wording for the term on screen; the facilitator decides whether it goes into the team's column. */
export function ProposeForm({ room, step }: ProposeProps) {
  const [text, setText] = useState("");
  const [sent, setSent] = useState<string | null>(null);
  const said = room.said;
  useEffect(() => {
    if (said?.to !== "propose" || sent === null) return;
    if (said.kind === "accepted") setText((now) => (now === sent ? "" : now));
    setSent(null);
  }, [said, sent]);
  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() === "") return;
        setSent(text);
        room.send({ type: "propose", termId: step.termId, text: text.trim() });
      }}
    >
      <h2 id="propose-heading">{step.term}</h2>
      <label htmlFor="proposal">Your team's wording</label>
      <textarea
        id="proposal"
        rows={5}
        maxLength={2000}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" disabled={text.trim() === ""}>
        Propose it
      </button>
    </form>
  );
}
