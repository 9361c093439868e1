import type { PhoneStep } from "../../shared/room/phone-view";
import type { PhoneRoom } from "./usePhoneRoom";
import { useSentText } from "./useSentText";

type ProposeProps = { room: PhoneRoom; step: Extract<PhoneStep, { kind: "propose" }> };

/** A team's wording for the term on screen; the facilitator decides whether it goes into the team's column. */
export function ProposeForm({ room, step }: ProposeProps) {
  const field = useSentText(room, `propose:${step.termId}`);
  const wording = field.text.trim();
  return (
    <form
      className="card"
      aria-labelledby="propose-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (wording !== "") field.send({ type: "propose", termId: step.termId, text: wording });
      }}
    >
      <h2 id="propose-heading">{step.term}</h2>
      <label htmlFor="proposal">Your team's wording</label>
      <textarea
        id="proposal"
        rows={5}
        maxLength={5000}
        value={field.text}
        onChange={(event) => field.setText(event.target.value)}
      />
      <button type="submit" disabled={wording === "" || field.sending}>
        Propose it
      </button>
    </form>
  );
}
