import { type FormEvent, useState } from "react";
import { typedNameMatches } from "../../../shared/signoff/sign";
import type { Participant } from "../../../shared/workshop/model";
import type { Problem } from "../../../shared/workshop/result";
import { dismissRefusal, edit, useWorkshopStore } from "../../store/workshop-store";
import { shortHash } from "../../ui/charter/ShortHash";
import { SignaturePad } from "../../ui/SignaturePad";

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
  /** The typed name the signer was asked about, once it did not read as theirs. */
  const [asked, setAsked] = useState<string | null>(null);
  const who = participant.name || "this signatory";

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // "Lodz Muller" is Łódź Müller typed on another keyboard; "Bo Berg" signing for her is asked about first.
    if (name.trim() && participant.name && !typedNameMatches(name, participant.name) && asked !== name) {
      return setAsked(name);
    }
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
        {/* biome-ignore lint/a11y/noAutofocus: the form opens for this one field; the next keystroke is the name. */}
        <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" autoFocus />
      </label>
      <div className="field">
        <span>Drawn signature (optional)</span>
        <SignaturePad label={`Drawn signature of ${who}`} onChange={setDrawing} />
      </div>
      {asked !== null && asked === name && (
        <p className="sign-form-problem" role="alert">
          “{name.trim()}” is not the name of {who}. Sign with it anyway, or change it.
        </p>
      )}
      {problems && (
        <p className="sign-form-problem" role="alert">
          {problems.map((p) => p.message).join(" ")}
        </p>
      )}
      <div className="sign-form-actions">
        <button type="submit" className="btn btn-primary">
          {asked !== null && asked === name ? `Sign with “${name.trim()}” anyway` : `Sign version ${version}`}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
