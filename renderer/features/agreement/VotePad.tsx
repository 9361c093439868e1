import { useRef, useState } from "react";
import { type ConsensusMethod, voteValues } from "../../../shared/workshop/consensus";
import type { Team, VoteValue } from "../../../shared/workshop/model";
import { useBindCommands } from "../../commands/bind";
import { consensusOf } from "../../store/selectors";
import { edit, useWorkshopStore } from "../../store/workshop-store";

const NO_TEAMS: Team[] = [];
const LETTERS: Record<string, VoteValue> = { a: "agree", d: "disagree", b: "block" };

/** The one key that casts a vote, as shown on its button. */
export const keyOf = (value: VoteValue) => (typeof value === "number" ? String(value) : value[0]?.toUpperCase());

function valueFor(method: ConsensusMethod, key: string): VoteValue | null {
  if (method === "fist-of-five") return /^[0-5]$/.test(key) ? Number(key) : null;
  return LETTERS[key.toLowerCase()] ?? null;
}

/**
 * The facilitator picks a team once (← →), then each vote in the room is one
 * keystroke: 0–5 for fist-of-five, A / D / B for agree / disagree / block.
 * Backspace takes back the last vote.
 */
export function VotePad({ termId, termName, method }: { termId: string; termName: string; method: ConsensusMethod }) {
  const teams = useWorkshopStore((s) => s.workshop?.teams ?? NO_TEAMS);
  const lastVote = useWorkshopStore((s) => consensusOf(s, termId)?.votes.at(-1)?.id);
  const [teamIndex, setTeamIndex] = useState(0);
  const pad = useRef<HTMLDivElement>(null);
  useBindCommands({ "agreement.vote": () => pad.current?.focus() });
  const team = teams[Math.min(teamIndex, teams.length - 1)];
  const vote = (value: VoteValue) => team && edit("castVote", termId, team.id, value);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const value = valueFor(method, e.key);
    if (value !== null) vote(value);
    else if (e.key === "ArrowRight") setTeamIndex((i) => (i + 1) % teams.length);
    else if (e.key === "ArrowLeft") setTeamIndex((i) => (i - 1 + teams.length) % teams.length);
    else if (e.key === "Backspace" && lastVote) edit("removeVote", termId, lastVote);
    else return;
    e.preventDefault();
  };

  return (
    <div
      ref={pad}
      className="vote-pad"
      aria-keyshortcuts="V"
      role="application"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a keyboard instrument, every keystroke in it is a vote
      tabIndex={0}
      aria-label={`Vote pad for ${termName}: votes for ${team?.name ?? "no team"}`}
      onKeyDown={onKeyDown}
    >
      <div className="vote-teams">
        {teams.map((t, i) => (
          <button
            key={t.id}
            type="button"
            aria-pressed={t === team}
            className="btn vote-team"
            style={{ borderColor: t.colour }}
            onClick={() => setTeamIndex(i)}
          >
            {t.name}
          </button>
        ))}
      </div>
      <div className="vote-values">
        {voteValues(method).map((value) => (
          <button
            key={String(value)}
            type="button"
            className={`btn vote-value vote-${value}`}
            aria-label={`${value} from ${team?.name}`}
            onClick={() => vote(value)}
          >
            <kbd>{keyOf(value)}</kbd> {typeof value === "number" ? "" : value}
          </button>
        ))}
      </div>
      <p className="vote-keys">
        Click here (or press V), then: {method === "fist-of-five" ? "0–5" : "A agree · D disagree · B block"} casts a
        vote for <strong>{team?.name}</strong> · ← → change team · Backspace takes back the last vote
      </p>
    </div>
  );
}
