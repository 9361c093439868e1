import { useState } from "react";
import type { PhoneStep } from "../../shared/room/phone-view";
import type { PhoneRoom } from "./usePhoneRoom";

type VoteStepProps = { room: PhoneRoom; step: Extract<PhoneStep, { kind: "vote" }> };

/** What each choice means, so a person votes on meaning, not on a number. */
const MEANING: Record<string, string> = {
  "0": "I block it",
  "1": "Strongly against",
  "2": "Not yet",
  "3": "I can live with it",
  "4": "I support it",
  "5": "Full support",
  agree: "Agree",
  disagree: "Disagree",
  block: "Block",
};

/** A block (or a fist of 0) holds the term back: the room hears why, through the parking lot. */
const holdsBack = (value: string) => value === "block" || value === "0";

export function VoteStep({ room, step }: VoteStepProps) {
  const [reason, setReason] = useState("");
  const mine = room.myVote?.termId === step.termId ? room.myVote.value : null;
  const { votes } = step;
  return (
    <section className="card" aria-labelledby="vote-heading">
      <h2 id="vote-heading">{step.term}</h2>
      {step.wording.trim() !== "" && <p className="wording">{step.wording}</p>}
      <fieldset className="vote-choices">
        <legend>Your vote{mine !== null ? `: ${MEANING[mine] ?? mine}` : ""}</legend>
        {step.values.map((value) => (
          <button
            key={value}
            type="button"
            aria-pressed={mine === value}
            className={mine === value ? "chosen" : ""}
            onClick={() => room.vote(step.termId, value)}
          >
            {step.method === "fist-of-five" ? <span className="score">{value}</span> : null}
            {MEANING[value] ?? value}
          </button>
        ))}
      </fieldset>
      {mine !== null && holdsBack(mine) && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim() === "") return;
            room.send({ type: "park", text: `Held back on ${step.term}: ${reason.trim()}`.slice(0, 500) });
            setReason("");
          }}
        >
          <label htmlFor="block-reason">What would you need to change your vote?</label>
          <textarea
            id="block-reason"
            rows={2}
            maxLength={400}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <button type="submit" disabled={reason.trim() === ""}>
            Send to the parking lot
          </button>
        </form>
      )}
      <p className="tally" aria-live="polite">
        {votes.revealed
          ? "The votes are shown on the room screen."
          : `Blind vote: ${votes.cast}${votes.of === null ? "" : ` of ${votes.of}`} voted so far.`}
      </p>
    </section>
  );
}
