import type { PhoneRoom } from "./usePhoneRoom";
import { useSentText } from "./useSentText";

/** A question for later, from anyone in the room: it goes to the parking lot on the facilitator's screen. */
export function ParkForm({ room }: { room: PhoneRoom }) {
  const field = useSentText(room, "park");
  const question = field.text.trim();
  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        if (question !== "") field.send({ type: "park", text: question });
      }}
    >
      <label htmlFor="park">Park a question for later</label>
      <textarea
        id="park"
        rows={2}
        maxLength={500}
        value={field.text}
        onChange={(event) => field.setText(event.target.value)}
      />
      <button type="submit" className="secondary" disabled={question === "" || field.sending}>
        Park it
      </button>
    </form>
  );
}
