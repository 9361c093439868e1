import { checkLength, checkTeam, checkTime, firstProblem, noSuch, problem, TEXT_MAX } from "./checks";
import { withTerm } from "./glossary";
import { newId } from "./ids";
import { byId, locate } from "./locate";
import {
  CONSENSUS_METHODS,
  type Consensus,
  type Decision,
  LIMITS,
  type Team,
  type TermStatus,
  type Vote,
  type VoteValue,
  type Workshop,
} from "./model";
import { plural } from "./plural";
import { ok, type Produced, produced, type Result } from "./result";
import { RULE_NAMES, topicOfSubject, withRuleAgreement } from "./rule-subject";

export type ConsensusMethod = Consensus["method"];

/**
 * Fist-of-five: 0–2 means "I cannot live with this yet", 3 "I can live with
 * it", 4–5 support. A score at or below this keeps a term from being agreed.
 */
export const FIST_OF_FIVE_BLOCKS_AT = 2;

const VOTES_MAX = LIMITS.votes;

/**
 * What a consensus check is about: a term, or a CRM rule (by its subject id,
 * see rule-subject.ts). Both are agreed the same way, so every vote, method,
 * override and refusal below serves either.
 */
interface Subject {
  /** As a sentence starts: "MQL", "The reason-code list". */
  name: string;
  /** Inside a sentence: "MQL", "the reason-code list". */
  inSentence: string;
  status: TermStatus;
  consensus: Consensus;
  with(consensus: Consensus): Workshop;
  /** The decision log's link: a term's id, or null for a rule. */
  termId: string | null;
}

function subjectOf(w: Workshop, id: string): Subject | null {
  const topic = topicOfSubject(id);
  if (topic) {
    const rule = w.crmAgreement[topic];
    return {
      name: RULE_NAMES[topic].subject,
      inSentence: RULE_NAMES[topic].inSentence,
      status: rule.status,
      consensus: rule.consensus,
      with: (consensus) => withRuleAgreement(w, topic, { ...rule, consensus }),
      termId: null,
    };
  }
  const found = locate(w.terms, id);
  if (!found) return null;
  const { index, item: term } = found;
  return {
    name: term.term,
    inSentence: term.term,
    status: term.status,
    consensus: term.consensus,
    with: (consensus) => withTerm(w, index, { ...term, consensus }),
    termId: term.id,
  };
}

const teamName = (teams: readonly Pick<Team, "id" | "name">[], teamId: string) => byId(teams, teamId)?.name ?? "A team";

export function voteFits(method: ConsensusMethod, value: VoteValue): boolean {
  if (method === "fist-of-five") return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 5;
  return value === "agree" || value === "disagree" || value === "block";
}

/** Switching method starts the check again: a score of 4 means nothing as agree / disagree / block. */
export function setConsensusMethod(w: Workshop, termId: string, method: ConsensusMethod): Result {
  const term = subjectOf(w, termId);
  if (!term) return noSuch("termId", "term", termId);
  if (!CONSENSUS_METHODS.includes(method)) {
    return firstProblem(problem("method", `"${method}" is not a way to check consensus.`)) as Result;
  }
  if (term.consensus.method === method) return ok(w);
  return ok(term.with({ method, votes: [], override: null }));
}

/** Who casts a vote: a team, and the person when they are known (a phone in the room). */
export interface Voter {
  teamId: string;
  participantId?: string | null;
  /**
   * An anonymous voter changing their vote names the vote they cast: the
   * phone that cast it is the only place that knows which one it was.
   */
  replaces?: string | null;
}

/**
 * One vote, from someone in a team; a team can cast as many votes as it has
 * people, and a known person has one vote per term: voting again changes it.
 * A person's vote keeps one id per term, so an undo elsewhere can never bring
 * back a second one. Its value is the vote's id.
 */
export function castVote(
  w: Workshop,
  termId: string,
  voter: string | Voter,
  value: VoteValue,
  makeId: () => string = newId,
): Result<Produced<string>> {
  const term = subjectOf(w, termId);
  if (!term) return noSuch("termId", "term", termId);
  const { teamId, participantId = null, replaces = null } = typeof voter === "string" ? { teamId: voter } : voter;
  const { method } = term.consensus;
  const person = participantId === null ? undefined : byId(w.participants, participantId);
  const replaced = replaces === null ? undefined : term.consensus.votes.find((v) => v.id === replaces);
  const earlier =
    participantId === null
      ? term.consensus.votes.filter((v) => v === replaced)
      : term.consensus.votes.filter((v) => v.participantId === participantId);
  const invalid = firstProblem(
    checkTeam(w, "teamId", teamId),
    participantId !== null && !person
      ? problem("participantId", `There is no participant with id "${participantId}".`)
      : null,
    person && person.teamId !== teamId
      ? problem("teamId", `${person.name || "This participant"} votes with their own team, not another.`)
      : null,
    replaces !== null && (participantId !== null || !replaced || replaced.participantId !== null)
      ? problem("replaces", "That vote is no longer in this check: vote again.")
      : null,
    replaced && replaced.teamId !== teamId ? problem("teamId", "A vote stays with the team it was cast for.") : null,
    voteFits(method, value)
      ? null
      : problem(
          "value",
          method === "fist-of-five"
            ? "A fist-of-five vote is a whole number from 0 to 5."
            : "A vote is agree, disagree or block.",
        ),
    term.status === "agreed"
      ? problem("termId", `${term.name} is already agreed: set it back to discussing to vote again.`)
      : null,
    term.consensus.votes.length - earlier.length >= VOTES_MAX
      ? problem("value", `A term can hold at most ${VOTES_MAX} votes: clear the votes first.`)
      : null,
  );
  if (invalid) return invalid;
  const voteId = replaced?.id ?? (participantId === null ? makeId() : `vote:${participantId}`);
  const vote: Vote = { id: voteId, teamId, participantId, value };
  const others = term.consensus.votes.filter((v) => !earlier.includes(v));
  return produced(term.with({ ...term.consensus, votes: [...others, vote] }), vote.id);
}

/** Takes back one vote, e.g. a slip of the key or a blocker who changed their mind. */
export function removeVote(w: Workshop, termId: string, voteId: string): Result {
  const term = subjectOf(w, termId);
  if (!term) return noSuch("termId", "term", termId);
  if (!term.consensus.votes.some((v) => v.id === voteId)) return noSuch("voteId", "vote", voteId);
  const votes = term.consensus.votes.filter((v) => v.id !== voteId);
  return ok(term.with({ ...term.consensus, votes }));
}

/** A fresh round: the votes go, and so does an override given against them. */
export function clearVotes(w: Workshop, termId: string): Result {
  const term = subjectOf(w, termId);
  if (!term) return noSuch("termId", "term", termId);
  if (term.consensus.votes.length === 0 && term.consensus.override === null) return ok(w);
  return ok(term.with({ ...term.consensus, votes: [], override: null }));
}

export interface TeamTally {
  teamId: string;
  votes: number;
  /** Votes per value: "0".."5" for fist-of-five, "agree" / "disagree" / "block" otherwise. */
  counts: Record<string, number>;
  /** The mean fist-of-five score, or null (no votes, or agree / disagree / block). */
  average: number | null;
}

export function voteValues(method: ConsensusMethod): VoteValue[] {
  return method === "fist-of-five" ? [0, 1, 2, 3, 4, 5] : ["agree", "disagree", "block"];
}

/** Votes counted per team, in team order; a team that has not voted shows zeros. */
export function tallyByTeam(term: { consensus: Consensus }, teams: readonly Pick<Team, "id">[]): TeamTally[] {
  const { method, votes } = term.consensus;
  return teams.map((team) => {
    const own = votes.filter((v) => v.teamId === team.id);
    const counts = Object.fromEntries(
      voteValues(method).map((value) => [String(value), own.filter((v) => v.value === value).length]),
    );
    const scores = own.map((v) => v.value).filter((v): v is number => typeof v === "number");
    const average =
      method === "fist-of-five" && scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
    return { teamId: team.id, votes: own.length, counts, average };
  });
}

/**
 * Why the consensus check keeps a term from being agreed, one reason per team:
 * any block vote, or any fist-of-five score of 2 or less. No votes at all
 * blocks nothing (the room may agree without a formal check); disagree votes
 * are heard but do not block.
 */
export function consensusBlocks(
  term: { consensus: Consensus },
  teams: readonly Pick<Team, "id" | "name">[] = [],
): string[] {
  const { method, votes } = term.consensus;
  const teamIds = [...new Set(votes.map((v) => v.teamId))];
  const reasons: string[] = [];
  for (const teamId of teamIds) {
    const own = votes.filter((v) => v.teamId === teamId);
    const name = teamName(teams, teamId);
    if (method === "agree-disagree-block") {
      const blocks = own.filter((v) => v.value === "block").length;
      if (blocks > 0) reasons.push(`${name}: ${plural(blocks, "block", "blocks")}`);
    } else {
      const low = own.filter((v) => typeof v.value === "number" && v.value <= FIST_OF_FIVE_BLOCKS_AT);
      if (low.length > 0) {
        const lowest = Math.min(...low.map((v) => v.value as number));
        reasons.push(
          `${name}: ${plural(low.length, "score", "scores")} of ${FIST_OF_FIVE_BLOCKS_AT} or less (lowest ${lowest})`,
        );
      }
    }
  }
  return reasons;
}

/**
 * The facilitator moves on despite a block or a low score, and says why. The
 * reason is kept with the term and written to the decision log.
 */
export function overrideConsensus(
  w: Workshop,
  termId: string,
  reason: string,
  at: string,
  makeId: () => string = newId,
): Result {
  const term = subjectOf(w, termId);
  if (!term) return noSuch("termId", "term", termId);
  const reasons = consensusBlocks(term, w.teams);
  const trimmed = reason.trim();
  const invalid = firstProblem(
    checkTime("at", at),
    trimmed === "" ? problem("reason", "Say why the room moves on despite the consensus check.") : null,
    checkLength("reason", "An override reason", trimmed, TEXT_MAX - 1000),
    reasons.length === 0 ? problem("termId", `Nothing blocks ${term.inSentence}: there is nothing to override.`) : null,
  );
  if (invalid) return invalid;
  const decision: Decision = {
    id: makeId(),
    kind: "override",
    text: `Override for ${term.inSentence} despite ${reasons.join("; ")}: ${trimmed}`,
    at,
    termId: term.termId,
  };
  return ok({
    ...term.with({ ...term.consensus, override: { reason: trimmed, at } }),
    decisions: [...w.decisions, decision],
  });
}
