import type { PhoneStep } from "../../shared/room/phone-view";
import { SendTextForm } from "./SendTextForm";
import type { PhoneRoom } from "./usePhoneRoom";

type ProposeProps = { room: PhoneRoom; step: Extract<PhoneStep, { kind: "propose" }> };

/** A team's wording for the term on screen; the facilitator decides whether it goes into the team's column. */
export function ProposeForm({ room, step }: ProposeProps) {
  return (
    <SendTextForm
      room={room}
      draft={`propose:${step.termId}`}
      id="proposal"
      label="Your team's wording"
      rows={5}
      maxLength={5000}
      action="Propose it"
      className="card"
      message={(text) => ({ type: "propose", termId: step.termId, text })}
    >
      <h2>{step.term}</h2>
    </SendTextForm>
  );
}
