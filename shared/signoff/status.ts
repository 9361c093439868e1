import type { Participant, Signature, Workshop } from "../workshop/model";
import { isLocked, signedNow } from "./lock";

export interface SignatoryStatus {
  participant: Participant;
  signature: Signature | null;
  /** Signed, but an earlier draft: the content changed since, so they must sign again. */
  stale: boolean;
}

export interface SignOffStatus {
  status: "draft" | "signed";
  locked: boolean;
  version: number;
  signatories: SignatoryStatus[];
  /** Signatories whose signature approves the content as it is now. */
  signed: number;
}

const statuses = new WeakMap<Workshop, SignOffStatus>();

/** Where signing stands: the one answer the phase bar, Sign off, Export and the PDF all show. */
export function signOffStatus(w: Workshop): SignOffStatus {
  const known = statuses.get(w);
  if (known) return known;
  const now = signedNow(w);
  const signatories = w.participants
    .filter((p) => p.signatory)
    .map((participant) => {
      const signature = w.signOff.signatures.find((s) => s.participantId === participant.id) ?? null;
      return { participant, signature, stale: signature !== null && !now.has(participant.id) };
    });
  const locked = isLocked(w);
  const status: SignOffStatus = {
    status: locked ? "signed" : "draft",
    locked,
    version: w.signOff.version,
    signatories,
    signed: signatories.filter((s) => now.has(s.participant.id)).length,
  };
  statuses.set(w, status);
  return status;
}
