import { SendTextForm } from "./SendTextForm";
import type { PhoneRoom } from "./usePhoneRoom";

/** A question for later, from anyone in the room: it goes to the parking lot on the facilitator's screen. */
export function ParkForm({ room }: { room: PhoneRoom }) {
  return (
    <SendTextForm
      room={room}
      draft="park"
      id="park"
      label="Park a question for later"
      rows={2}
      maxLength={500}
      action="Park it"
      className="card"
      buttonClass="secondary"
      message={(text) => ({ type: "park", text })}
    />
  );
}
