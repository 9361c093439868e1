import type { PhoneView } from "../../shared/room/phone-view";
import { ProposeForm } from "./ProposeForm";
import { SignStep } from "./SignStep";
import type { PhoneRoom } from "./usePhoneRoom";
import { VoteStep } from "./VoteStep";

/** What the room is doing now, and what this phone can do in it. */
export function StepPanel({ room, view }: { room: PhoneRoom; view: PhoneView }) {
  const step = view.step;
  if (step.kind === "vote") return <VoteStep key={step.termId} room={room} step={step} />;
  if (step.kind === "propose") return <ProposeForm key={step.termId} room={room} step={step} />;
  if (step.kind === "sign") return <SignStep room={room} step={step} />;
  return (
    <section className="card follow" aria-labelledby="follow">
      <h2 id="follow">Look at the room screen</h2>
      <p>{step.label}</p>
    </section>
  );
}
