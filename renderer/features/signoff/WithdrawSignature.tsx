import { useState } from "react";
import type { Participant } from "../../../shared/workshop/model";
import { edit } from "../../store/workshop-store";

/**
 * Taking a signature back is a deliberate act, never a slip of Ctrl+Z: it
 * asks once more, says it is logged, and writes it to the decision log.
 */
export function WithdrawSignature({ participant, version }: { participant: Participant; version: number }) {
  const [asking, setAsking] = useState(false);
  const who = participant.name || "this participant";
  if (!asking) {
    return (
      <button type="button" className="btn btn-quiet" onClick={() => setAsking(true)}>
        Withdraw signature
      </button>
    );
  }
  return (
    <fieldset className="withdraw-confirm" aria-label={`Withdraw the signature of ${who}`}>
      <span>
        Withdraw {who}’s signature from version {version}? It is written to the decision log.
      </span>
      <button
        type="button"
        className="btn btn-danger"
        onClick={() => {
          if (edit("withdrawSignature", participant.id, new Date().toISOString()).ok) setAsking(false);
        }}
      >
        Withdraw
      </button>
      <button type="button" className="btn" onClick={() => setAsking(false)}>
        Keep it
      </button>
    </fieldset>
  );
}
