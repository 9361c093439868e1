import { useState } from "react";
import {
  type ConsensusMethod,
  clearVotes,
  consensusBlocks,
  overrideConsensus,
  setConsensusMethod,
  tallyByTeam,
  voteValues,
} from "../../../shared/workshop/consensus";
import type { Team } from "../../../shared/workshop/model";
import { useWorkshopStore } from "../../store/workshop-store";
import { now, useTermField } from "./useTerm";
import { VotePad } from "./VotePad";

const NO_TEAMS: Team[] = [];
const METHODS: { method: ConsensusMethod; label: string }[] = [
  { method: "fist-of-five", label: "Fist of five" },
  { method: "agree-disagree-block", label: "Agree / disagree / block" },
];

function Tally({
  consensus,
  teams,
}: {
  consensus: NonNullable<ReturnType<typeof useTermField<"consensus">>>;
  teams: Team[];
}) {
  const tally = tallyByTeam({ consensus }, teams);
  const values = voteValues(consensus.method);
  return (
    <table className="tally">
      <caption className="visually-hidden">Votes per team</caption>
      <thead>
        <tr>
          <th scope="col">Team</th>
          {values.map((v) => (
            <th key={String(v)} scope="col">
              {v}
            </th>
          ))}
          {consensus.method === "fist-of-five" && <th scope="col">Average</th>}
        </tr>
      </thead>
      <tbody>
        {tally.map((row) => (
          <tr key={row.teamId}>
            <th scope="row">{teams.find((t) => t.id === row.teamId)?.name}</th>
            {values.map((v) => (
              <td key={String(v)} className={row.counts[String(v)] ? `tally-hit vote-${v}` : undefined}>
                {row.counts[String(v)] || "·"}
              </td>
            ))}
            {consensus.method === "fist-of-five" && <td>{row.average === null ? "–" : row.average.toFixed(1)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Override({ termId, reasons }: { termId: string; reasons: string[] }) {
  const [reason, setReason] = useState("");
  const apply = useWorkshopStore((s) => s.apply);
  return (
    <form
      className="override"
      onSubmit={(e) => {
        e.preventDefault();
        if (apply((w) => overrideConsensus(w, termId, reason, now()))) setReason("");
      }}
    >
      <p className="blocks" role="status">
        <strong>⛔ Held back:</strong> {reasons.join("; ")}. Resolve it and vote again, or override it with a reason.
      </p>
      <label className="field">
        <span>Override reason (logged)</span>
        <input value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button type="submit" className="btn">
        Override
      </button>
    </form>
  );
}

export function ConsensusCheck({ termId, termName }: { termId: string; termName: string }) {
  const consensus = useTermField(termId, "consensus");
  const teams = useWorkshopStore((s) => s.workshop?.teams ?? NO_TEAMS);
  const apply = useWorkshopStore((s) => s.apply);
  if (!consensus) return null;
  const reasons = consensusBlocks({ consensus }, teams);
  return (
    <section className="consensus" aria-label={`Consensus check for ${termName}`}>
      <div className="consensus-head">
        <h3>Consensus check</h3>
        {METHODS.map(({ method, label }) => (
          <button
            key={method}
            type="button"
            className="btn"
            aria-pressed={consensus.method === method}
            onClick={() => apply((w) => setConsensusMethod(w, termId, method))}
          >
            {label}
          </button>
        ))}
        <button type="button" className="btn btn-quiet" onClick={() => apply((w) => clearVotes(w, termId))}>
          Clear votes
        </button>
      </div>
      <VotePad termId={termId} termName={termName} method={consensus.method} />
      <Tally consensus={consensus} teams={teams} />
      {consensus.override ? (
        <p className="override-done" role="status">
          <strong>Overridden:</strong> {consensus.override.reason}
        </p>
      ) : reasons.length > 0 ? (
        <Override termId={termId} reasons={reasons} />
      ) : consensus.votes.length > 0 ? (
        <p className="consensus-clear" role="status">
          ✓ Nothing blocks {termName}.
        </p>
      ) : null}
    </section>
  );
}
