import { type FormEvent, useState } from "react";
import type { Participant } from "../../../shared/workshop/model";
import type { Problem } from "../../../shared/workshop/result";
import { dismissRefusal, edit, useWorkshopStore } from "../../store/workshop-store";
import { shortHash } from "../../ui/charter/ShortHash";
import { SignaturePad } from "./SignaturePad";

interface SignFormProps {
  participant: Participant;
  version: number;
  /** The hash the person is shown and approves. */
  hash: string;
  onDone: () => void;
}

/** One signatory signs: their typed name, optionally a drawn signature, and the hash they approve. */
export function SignForm({ participant, version, hash, onDone }: SignFormProps) {
  const [name, setName] = useState("");
  const [drawing, setDrawing] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const who = participant.name || "this signatory";

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const signing = {
      participantId: participant.id,
      name,
      method: drawing ? ("drawn" as const) : ("typed" as const),
      image: drawing,
      at: new Date().toISOString(),
      contentHash: hash,
    };
    if (edit("signCharter", signing).ok) return onDone();
    // Shown here, beside the form, rather than in the banner at the top of a long page.
    setProblems(useWorkshopStore.getState().refusal);
    dismissRefusal();
  };

  return (
    <form className="sign-form" onSubmit={submit} aria-label={`Sign as ${who}`}>
      <p className="sign-form-approves">
        {who} approves version {version}, content hash <code>{shortHash(hash)}</code>
      </p>
      <label className="field">
        <span>Typed name of {who}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      </label>
      <div className="field">
        <span>Drawn signature (optional)</span>
        <SignaturePad label={`Drawn signature of ${who}`} onChange={setDrawing} />
      </div>
      {problems && (
        <p className="sign-form-problem" role="alert">
          {problems.map((p) => p.message).join(" ")}
        </p>
      )}
      <div className="sign-form-actions">
        <button type="submit" className="btn btn-primary">
          Sign version {version}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
