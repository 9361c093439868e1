import { readiness } from "../charter/readiness";
import { compareMeaning } from "../glossary/content-words";
import type { DiffSegment } from "../glossary/diff";
import { journeyOrder } from "../journey/order";
import { slaText } from "../journey/wording";
import { plannedAgenda } from "../session/agenda";
import { PHASES } from "../session/phase-list";
import { signOffStatus } from "../signoff/status";
import {
  type ConsensusMethod,
  consensusBlocks,
  FIST_OF_FIVE_BLOCKS_AT,
  tallyByTeam,
  voteValues,
} from "../workshop/consensus";
import { nextToAgree } from "../workshop/glossary";
import { byId } from "../workshop/locate";
import {
  CRM_RULE_TOPICS,
  type CrmRuleTopic,
  type Owner,
  type Term,
  type Timer,
  type Workshop,
} from "../workshop/model";
import { own } from "../workshop/own";
import { RULE_NAMES, ruleSubjectId, topicOfSubject } from "../workshop/rule-subject";
import { ROOM_SCREEN_OF, type RoomCue } from "./cue";
import { ruleLines } from "./rule-frame";

/**
 * Everything a room screen shows, and nothing else. It is built from the
 * workshop by naming each thing the room may see, never by copying the
 * workshop and taking things out: a field added to the model later cannot
 * reach the projector (or a phone) unless someone adds it here.
 */
export type RoomFrame = RoomCommon & RoomBody;

export interface RoomCommon {
  workshopId: string;
  title: string;
  organization: string;
  teams: { id: string; name: string; colour: string }[];
  /** The part of long texts to show (see RoomCue.page). */
  page: number;
  /** How phones join, while the room is open to them and joining is not locked. */
  join: RoomJoin | null;
}

export interface RoomJoin {
  /** The page's address as a person would type it. */
  address: string;
  /** What the QR code holds: the address with the room's secret. */
  joinUrl: string;
  pin: string;
}

export type RoomBody =
  | { screen: "blank" }
  | { screen: "welcome"; date: string; facilitator: string; agenda: AgendaLine[]; agendaStartedAt: string | null }
  | { screen: "journey"; stages: RoomStage[]; handoffs: RoomHandoff[] }
  | { screen: "definitions"; term: DefinitionsTerm | null }
  | { screen: "agreement"; term: AgreementTerm | null; timer: Timer }
  | { screen: "measures"; kpis: RoomKpi[]; feedback: RoomFeedback[] }
  | { screen: "signoff"; version: number; gaps: string[]; signatories: RoomSignatory[] }
  | { screen: "closing"; agreed: { term: string; definition: string }[]; parked: string[]; signed: number; of: number };

export interface AgendaLine {
  label: string;
  minutes: number | null;
  /** Minutes from the session's start, when the agenda plans it. */
  startsAt: number | null;
}
export interface RoomStage {
  id: string;
  name: string;
  outcome: "won" | "lost" | "disqualified" | "recycled" | null;
  buyerLabel: string | null;
}
export interface RoomHandoff {
  from: string;
  to: string;
  trigger: string;
  sla: string;
  owner: string;
}
export interface TermPlace {
  /** For a phone voting or proposing on the term the room sees; never shown. */
  termId: string;
  name: string;
  status: Term["status"];
  /** 1-based place among the terms, and how many there are: "3 of 12". */
  place: number;
  of: number;
}
export interface DefinitionsTerm extends TermPlace {
  columns: { teamId: string; segments: DiffSegment[] }[];
  /** False when the texts were too long to compare: nothing is marked then, and the room is told. */
  compared: boolean;
}
export type RoomVotes =
  | { method: ConsensusMethod; cast: number; of: number | null; revealed: false }
  | { method: ConsensusMethod; cast: number; of: number | null; revealed: true; tally: RoomTally[]; verdict: Verdict };
export interface RoomTally {
  teamId: string;
  counts: { value: string; count: number }[];
  average: number | null;
}
export type Verdict =
  | { kind: "none" }
  | { kind: "clear" }
  /** `teams`: the teams holding it back, by name; `reasons`, the same in full sentences. */
  | { kind: "held"; teams: string[]; reasons: string[] }
  | { kind: "overridden"; reason: string };
export interface AgreementTerm extends TermPlace {
  /** The agreed wording, or the wording being proposed while the room still discusses it. */
  wording: string;
  entry: string[];
  exit: string[];
  votes: RoomVotes;
  /** A CRM rule in focus instead of a term: what it says, a line each (a reason code, a stage's mapping). */
  rule?: { lines: { label: string; text: string }[] };
}
export interface RoomKpi {
  name: string;
  definition: string;
  formula: string | null;
  target: string | null;
  owner: string | null;
}
export interface RoomFeedback {
  from: string;
  to: string;
  what: string;
  cadence: string;
}
export interface RoomSignatory {
  name: string;
  role: string;
  team: string;
  signed: boolean;
}

const teamName = (w: Workshop, teamId: string | null) => (teamId && byId(w.teams, teamId)?.name) || "";
const ownerText = (w: Workshop, owner: Owner) =>
  [teamName(w, owner.teamId), owner.role.trim()].filter(Boolean).join(", ");

/** The term the facilitator has in focus, or the one the view opens on when none is. */
export function termInFocus(w: Workshop, cue: RoomCue): Term | null {
  const picked = cue.termId === null ? undefined : byId(w.terms, cue.termId);
  if (picked) return picked;
  if (ROOM_SCREEN_OF[cue.phase] === "agreement") return nextToAgree(w.terms);
  return w.terms[0] ?? null;
}

const placeOf = (w: Workshop, term: Term): TermPlace => ({
  termId: term.id,
  name: term.term,
  status: term.status,
  place: w.terms.indexOf(term) + 1,
  of: w.terms.length,
});

function definitionsTerm(w: Workshop, term: Term): DefinitionsTerm {
  const texts = Object.fromEntries(w.teams.map((t) => [t.id, own(term.teamDefinitions, t.id) ?? ""]));
  const { segments, complete } = compareMeaning(texts);
  return {
    ...placeOf(w, term),
    columns: w.teams.map((t) => ({ teamId: t.id, segments: segments[t.id] ?? [] })),
    compared: complete,
  };
}

/** What is being agreed: a term, or a CRM rule (see rule-subject.ts), by the id votes and reveals go by. */
interface Agreeable {
  id: string;
  consensus: Term["consensus"];
}

function verdictOf(w: Workshop, term: Agreeable): Verdict {
  if (term.consensus.override) return { kind: "overridden", reason: term.consensus.override.reason };
  const reasons = consensusBlocks(term, w.teams);
  if (reasons.length > 0) {
    const holding = new Set(
      term.consensus.votes.filter((v) => holdsBack(term.consensus.method, v.value)).map((v) => v.teamId),
    );
    return { kind: "held", teams: w.teams.filter((t) => holding.has(t.id)).map((t) => t.name), reasons };
  }
  return term.consensus.votes.length > 0 ? { kind: "clear" } : { kind: "none" };
}

/** The same rule as consensusBlocks, vote by vote: a block, or a fist-of-five score of 2 or less. */
const holdsBack = (method: ConsensusMethod, value: Term["consensus"]["votes"][number]["value"]) =>
  method === "fist-of-five" ? typeof value === "number" && value <= FIST_OF_FIVE_BLOCKS_AT : value === "block";

/** Until the facilitator reveals a check, the room learns how many voted, never how. */
function votesOf(w: Workshop, term: Agreeable, cue: RoomCue): RoomVotes {
  const { method, votes } = term.consensus;
  const base = { method, cast: votes.length, of: w.participants.length > 0 ? w.participants.length : null };
  if (!cue.revealed.includes(term.id)) return { ...base, revealed: false };
  const tally = tallyByTeam(term, w.teams).map((row) => ({
    teamId: row.teamId,
    counts: voteValues(method).map((v) => ({ value: String(v), count: row.counts[String(v)] ?? 0 })),
    average: row.average,
  }));
  return { ...base, revealed: true, tally, verdict: verdictOf(w, term) };
}

function agreementTerm(w: Workshop, term: Term, cue: RoomCue): AgreementTerm {
  return {
    ...placeOf(w, term),
    wording: term.agreed.definition,
    entry: term.agreed.entryCriteria.filter((c) => c.trim() !== ""),
    exit: term.agreed.exitCriteria.filter((c) => c.trim() !== ""),
    votes: votesOf(w, term, cue),
  };
}

/** A CRM rule on the room screen in a term's place: its standing, what it says, and the room's votes on it. */
const PHONE_RULE_LINES = 12;

function agreementRule(w: Workshop, topic: CrmRuleTopic, cue: RoomCue): AgreementTerm {
  const id = ruleSubjectId(topic);
  const rule = w.crmAgreement[topic];
  const lines = ruleLines(w, topic);
  return {
    termId: id,
    name: RULE_NAMES[topic].title,
    status: rule.status,
    place: CRM_RULE_TOPICS.indexOf(topic) + 1,
    of: CRM_RULE_TOPICS.length,
    // What a phone shows above its vote buttons: the first lines, and how many more (a mapping may have thousands).
    wording: [
      ...lines.slice(0, PHONE_RULE_LINES).map((l) => `${l.label}: ${l.text}`),
      ...(lines.length > PHONE_RULE_LINES ? [`and ${lines.length - PHONE_RULE_LINES} more`] : []),
    ].join("; "),
    entry: [],
    exit: [],
    votes: votesOf(w, { id, consensus: rule.consensus }, cue),
    rule: { lines },
  };
}

function journeyBody(w: Workshop): RoomBody {
  const stages = journeyOrder(w.stages, w.transitions).map((s) => ({
    id: s.id,
    name: s.name,
    outcome: s.kind === "outcome" ? s.outcome : null,
    buyerLabel: s.buyerLabel,
  }));
  const name = (id: string) => byId(w.stages, id)?.name ?? "";
  const handoffs = w.transitions
    .filter((t) => t.handoff)
    .map((t) => ({
      from: name(t.from),
      to: name(t.to),
      trigger: t.trigger.trim(),
      sla: t.sla ? slaText(t.sla) : "",
      owner: ownerText(w, t.owner),
    }));
  return { screen: "journey", stages, handoffs };
}

/** The time plan when there is one; otherwise the session's phases, in order. */
function agendaLines(w: Workshop): AgendaLine[] {
  if (w.agenda.length > 0) {
    return plannedAgenda(w).map((p) => ({ label: p.label, minutes: p.item.minutes, startsAt: p.startsAt }));
  }
  return PHASES.filter((p) => p.key !== "setup" && p.key !== "export").map((p) => ({
    label: p.label,
    minutes: null,
    startsAt: null,
  }));
}

function bodyOf(w: Workshop, cue: RoomCue): RoomBody {
  if (cue.blank) return { screen: "blank" };
  const screen = ROOM_SCREEN_OF[cue.phase];
  switch (screen) {
    case "welcome":
      return {
        screen,
        date: w.details.date,
        facilitator: w.details.facilitator,
        agenda: agendaLines(w),
        agendaStartedAt: w.agenda.length > 0 ? w.agendaStartedAt : null,
      };
    case "journey":
      return journeyBody(w);
    case "definitions": {
      const term = termInFocus(w, cue);
      return { screen, term: term && definitionsTerm(w, term) };
    }
    case "agreement": {
      const topic = cue.termId === null ? null : topicOfSubject(cue.termId);
      if (topic) return { screen, term: agreementRule(w, topic, cue), timer: w.timer };
      const term = termInFocus(w, cue);
      return { screen, term: term && agreementTerm(w, term, cue), timer: w.timer };
    }
    case "measures":
      return {
        screen,
        kpis: w.kpis.map((k) => ({
          name: k.name,
          definition: k.definition,
          formula: k.formula,
          target: k.target,
          owner: teamName(w, k.ownerTeamId) || null,
        })),
        feedback: w.feedbackLoop.map((f) => ({
          from: teamName(w, f.fromTeamId),
          to: teamName(w, f.toTeamId),
          what: f.what,
          cadence: f.cadence,
        })),
      };
    case "signoff": {
      const status = signOffStatus(w);
      const signedNow = new Set(status.signatories.filter((s) => s.signature && !s.stale).map((s) => s.participant.id));
      return {
        screen,
        version: status.version,
        gaps: readiness(w)
          .filter((item) => !item.recorded)
          .map((item) => item.message),
        signatories: status.signatories.map(({ participant }) => ({
          name: participant.name,
          role: participant.role,
          team: teamName(w, participant.teamId),
          signed: signedNow.has(participant.id),
        })),
      };
    }
    case "closing": {
      const { signed, signatories } = signOffStatus(w);
      return {
        screen,
        agreed: w.terms
          .filter((t) => t.status === "agreed")
          .map((t) => ({ term: t.term, definition: t.agreed.definition })),
        parked: w.parkingLot.map((p) => p.text),
        signed,
        of: signatories.length,
      };
    }
  }
}

export function roomFrame(w: Workshop, cue: RoomCue, join: RoomJoin | null = null): RoomFrame {
  return {
    workshopId: w.id,
    title: w.details.title,
    organization: w.details.organization,
    teams: w.teams.map((t) => ({ id: t.id, name: t.name, colour: t.colour })),
    page: cue.page,
    join: cue.blank ? null : join,
    ...bodyOf(w, cue),
  };
}
