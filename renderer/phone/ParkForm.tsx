import { useEffect, useState } from "react";
import type { PhoneRoom } from "./usePhoneRoom";

/**
 * A question for later, from anyone in the room: it goes to the parking lot
 * on the facilitator's screen. What was typed stays until the room has it.
 */
export function ParkForm({ room }: { room: PhoneRoom }) {
  const [text, setText] = useState("");
  const [sent, setSent] = useState<string | null>(null);
  const said = room.said;
  useEffect(() => {
    if (said?.to !== "park" || sent === null) return;
    if (said.kind === "accepted") setText((now) => (now === sent ? "" : now));
    setSent(null);
  }, [said, sent]);
  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        const question = text.trim();
        if (question === "") return;
        setSent(text);
        room.send({ type: "park", text: question });
      }}
    >
      <label htmlFor="park">Park a question for later</label>
      <textarea id="park" rows={2} maxLength={500} value={text} onChange={(event) => setText(event.target.value)} />
      <button type="submit" className="secondary" disabled={text.trim() === ""}>
        Park it
      </button>
    </form>
  );
}
