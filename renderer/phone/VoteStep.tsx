import type { PhoneStep } from "../../shared/room/phone-view";
import { SendTextForm } from "./SendTextForm";
import type { PhoneRoom } from "./usePhoneRoom";

type VoteStepProps = { room: PhoneRoom; step: Extract<PhoneStep, { kind: "vote" }> };

/** What each choice means, so a person votes on meaning, not on a number. */
const MEANING: Record<string, string> = {
  "0": "No: I block it",
  "1": "Strongly against",
  "2": "Not yet",
  "3": "I can live with it",
  "4": "I support it",
  "5": "Full support",
  agree: "Agree",
  disagree: "Disagree",
  block: "Block",
};

/** What a parked block says, within a parked item's 500 characters, cut between characters, never inside one. */
export function blockReason(term: string, why: string): string {
  let text = "";
  // The limit counts UTF-16 units, as the room's reading does; an emoji is two of them.
  for (const character of `Held back on ${term}: ${why}`) {
    if (text.length + character.length > PARK_MAX) break;
    text += character;
  }
  return text;
}

const PARK_MAX = 500;

export function VoteStep({ room, step }: VoteStepProps) {
  const mine = room.myVote?.value ?? null;
  const { votes } = step;
  return (
    <section className="card" aria-labelledby="vote-heading">
      <h2 id="vote-heading">{step.term}</h2>
      {/* A long wording scrolls in its own box; a keyboard or a screen reader can reach it too. */}
      {step.wording.trim() !== "" && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus, or a keyboard cannot scroll it.
        <section className="wording" aria-label="The wording being agreed" tabIndex={0}>
          {step.wording}
        </section>
      )}
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
            {step.method === "fist-of-five" ? <span className="score">{value}</span> : null} {MEANING[value] ?? value}
          </button>
        ))}
      </fieldset>
      {/* A vote that holds the term back: the room hears why, through the parking lot. */}
      {mine !== null && step.holdsBack.includes(mine) && (
        <SendTextForm
          room={room}
          draft={`reason:${step.termId}`}
          id="block-reason"
          label="What would you need to change your vote?"
          rows={2}
          maxLength={400}
          action="Send to the parking lot"
          message={(why) => ({ type: "park", text: blockReason(step.term, why) })}
        />
      )}
      <p className="tally" aria-live="polite">
        {votes.revealed
          ? "The votes are shown on the room screen."
          : `Blind vote: ${votes.cast}${votes.of === null ? "" : ` of ${votes.of}`} voted so far.`}
      </p>
    </section>
  );
}
