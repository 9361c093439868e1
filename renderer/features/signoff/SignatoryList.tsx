import { useState } from "react";
import type { SignatoryStatus } from "../../../shared/signoff/status";
import { useBindCommands } from "../../commands/bind";
import { formatDateTime } from "../../ui/format";
import { SignForm } from "./SignForm";
import { WithdrawSignature } from "./WithdrawSignature";

interface SignatoryListProps {
  signatories: SignatoryStatus[];
  teamName: (teamId: string) => string;
  version: number;
  hash: string;
  /** Everyone signed: nobody signs or withdraws any more; the next version is the way on. */
  locked: boolean;
  /** Why nobody can sign yet (gaps to settle), or null. */
  notYet: string | null;
}

function SignatureState({ status }: { status: SignatoryStatus }) {
  const s = status.signature;
  if (!s) return <span className="signatory-state">Not signed</span>;
  if (status.stale) return <span className="signatory-state signatory-stale">Signed an earlier draft: sign again</span>;
  return (
    <span className="signatory-state signatory-signed">
      ✓ Signed as “{s.name}”, {formatDateTime(s.signedAt)}
      {s.device ? `, on a phone in the room (${s.device})` : ""}
      {s.image && <img src={s.image} alt={`Drawn signature of ${s.name}`} />}
    </span>
  );
}

/** One row per person named to sign; at most one of them signs at a time. */
export function SignatoryList({ signatories, teamName, version, hash, locked, notYet }: SignatoryListProps) {
  const [signing, setSigning] = useState<string | null>(null);
  const next = signatories.find((s) => s.signature === null || s.stale);
  useBindCommands({
    "signoff.sign": () => notYet === null && next && setSigning(next.participant.id),
  });
  return (
    <section aria-labelledby="signatories-heading">
      <h2 id="signatories-heading">Signatories</h2>
      <ul className="signatory-list">
        {signatories.map((status) => {
          const p = status.participant;
          const signed = status.signature !== null && !status.stale;
          return (
            <li key={p.id} className="signatory">
              <div className="signatory-row">
                <span className="signatory-name">{p.name || "Unnamed participant"}</span>
                <span className="muted">{[p.role, teamName(p.teamId)].filter(Boolean).join(", ")}</span>
                <SignatureState status={status} />
                {!signed && signing !== p.id && (
                  <button
                    type="button"
                    className="btn btn-primary"
                    onClick={() => setSigning(p.id)}
                    disabled={notYet !== null}
                    title={notYet ?? undefined}
                    aria-label={`Sign as ${p.name || "this participant"}`}
                  >
                    Sign
                  </button>
                )}
                {status.signature && !locked && <WithdrawSignature participant={p} version={version} />}
              </div>
              {signing === p.id && (
                <SignForm participant={p} version={version} hash={hash} onDone={() => setSigning(null)} />
              )}
            </li>
          );
        })}
      </ul>
      {notYet && <p className="muted">{notYet}</p>}
    </section>
  );
}
