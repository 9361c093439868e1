import { useState } from "react";
import { type ConsensusMethod, consensusBlocks, tallyByTeam, voteValues } from "../../../shared/workshop/consensus";
import { byId } from "../../../shared/workshop/locate";
import type { Consensus, Team } from "../../../shared/workshop/model";
import { useConsensus } from "../../store/selectors";
import { edit, useWorkshopStore } from "../../store/workshop-store";
import { now } from "./clock";
import { VotePad } from "./VotePad";

const NO_TEAMS: Team[] = [];
const METHODS: { method: ConsensusMethod; label: string }[] = [
  { method: "fist-of-five", label: "Fist of five" },
  { method: "agree-disagree-block", label: "Agree / disagree / block" },
];

function Tally({ consensus, teams }: { consensus: Consensus; teams: Team[] }) {
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
            <th scope="row">{byId(teams, row.teamId)?.name}</th>
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
  return (
    <form
      className="override"
      onSubmit={(e) => {
        e.preventDefault();
        if (edit("overrideConsensus", termId, reason, now()).ok) setReason("");
      }}
    >
      <p className="blocks" role="status">
        <strong>⚠ Held back:</strong> {reasons.join("; ")}. Resolve it and vote again, or override it with a reason.
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

/** The room's vote on a term, or on a CRM rule (termId is then the rule's subject id). */
export function ConsensusCheck({ termId, termName }: { termId: string; termName: string }) {
  const consensus = useConsensus(termId);
  const teams = useWorkshopStore((s) => s.workshop?.teams ?? NO_TEAMS);
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
            onClick={() => edit("setConsensusMethod", termId, method)}
          >
            {label}
          </button>
        ))}
        <button type="button" className="btn btn-quiet" onClick={() => edit("clearVotes", termId)}>
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
