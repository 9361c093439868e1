import { useState } from "react";
import type { PhoneStep } from "../../shared/room/phone-view";
import { typedNameMatches } from "../../shared/signoff/typed-name";
import { shortHash } from "../ui/charter/ShortHash";
import { SignaturePad } from "../ui/SignaturePad";
import type { PhoneRoom } from "./usePhoneRoom";

type SignStepProps = { room: PhoneRoom; step: Extract<PhoneStep, { kind: "sign" }> };

/**
 * A signatory signs on their own phone: the version and hash they approve,
 * their typed name (asked about when it does not read as theirs), and a
 * drawn signature if they like.
 */
export function SignStep({ room, step }: SignStepProps) {
  const [name, setName] = useState("");
  const [drawing, setDrawing] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const me = step.signatories.find((s) => s.participantId === room.member?.participantId);
  if (!me) {
    const waiting = step.signatories.filter((s) => !s.signed).map((s) => s.name);
    return (
      <section className="card" aria-labelledby="sign-heading">
        <h2 id="sign-heading">Signing version {step.version}</h2>
        <p>{waiting.length > 0 ? `Still to sign: ${waiting.join(", ")}.` : "Everyone named has signed."}</p>
      </section>
    );
  }
  if (me.signed) {
    return (
      <section className="card" aria-labelledby="sign-heading">
        <h2 id="sign-heading">You signed version {step.version}</h2>
        <p>Content hash {shortHash(step.contentHash)}. Thank you.</p>
      </section>
    );
  }
  return (
    <form
      className="card"
      aria-labelledby="sign-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const typed = name.trim();
        if (typed === "") return;
        // "Lodz Muller" is Łódź Müller on another keyboard; on a phone, nobody signs with another name.
        if (!typedNameMatches(typed, me.name))
          return setProblem(`Type your name as the facilitator listed it: ${me.name}.`);
        setProblem(null);
        room.send({ type: "sign", name: typed, image: drawing, contentHash: step.contentHash });
      }}
    >
      <h2 id="sign-heading">Sign version {step.version}</h2>
      <p>
        You approve the charter as it stands: content hash <strong>{shortHash(step.contentHash)}</strong>, the same as
        on the facilitator's screen.
      </p>
      {step.gaps.length > 0 && <p>Still open: {step.gaps.join(" ")}</p>}
      <label htmlFor="signed-name">Your name, typed</label>
      <input id="signed-name" autoComplete="name" value={name} onChange={(event) => setName(event.target.value)} />
      <span className="field-label">Drawn signature (optional)</span>
      <SignaturePad label={`Drawn signature of ${me.name}`} onChange={setDrawing} />
      {problem && <p role="alert">{problem}</p>}
      <button type="submit" disabled={name.trim() === ""}>
        Sign version {step.version}
      </button>
    </form>
  );
}
