import { PHASES } from "../session/phase-list";
import { CRM_RULE_TOPICS, type CrmRuleTopic, type Workshop } from "../workshop/model";
import { RULE_NAMES, ruleSubjectId, topicOfSubject } from "../workshop/rule-subject";
import { ROOM_SCREEN_LABELS, ROOM_SCREEN_OF, type RoomCue } from "./cue";
import { termInFocus } from "./frame";

/** What the facilitator's strip says about the room screen: flat values, cheap to compare on every keystroke. */
export interface PresenterLine {
  /** What the room sees now: "Agreeing: MQL (3 of 12)", or "Blank". */
  now: string;
  /** What comes next if the facilitator moves on: the next term on Definitions and Agree, else the next phase. */
  next: string;
  /** On Agree: how many have voted on the term in focus, and whether the room sees how. */
  votes: { termId: string; cast: number; revealed: boolean } | null;
}

export function presenterLine(w: Workshop, cue: RoomCue): PresenterLine {
  const screen = ROOM_SCREEN_OF[cue.phase];
  const phaseAt = PHASES.findIndex((p) => p.key === cue.phase);
  const nextPhase = PHASES[phaseAt + 1];
  const nextPhaseText = nextPhase
    ? `${ROOM_SCREEN_LABELS[ROOM_SCREEN_OF[nextPhase.key]]} (${nextPhase.label})`
    : "the end";
  const byTerm = screen === "definitions" || screen === "agreement";
  const label = ROOM_SCREEN_LABELS[screen];
  const topic = screen === "agreement" && cue.termId !== null ? topicOfSubject(cue.termId) : null;
  if (topic) return ruleLine(w, cue, topic, label, nextPhaseText);
  const term = byTerm ? termInFocus(w, cue) : null;
  if (!term) return { now: cue.blank ? "Blank" : label, next: nextPhaseText, votes: null };
  const place = w.terms.indexOf(term);
  const following = w.terms[place + 1];
  return {
    now: cue.blank ? "Blank" : `${label}: ${term.term || "Unnamed term"} (${place + 1} of ${w.terms.length})`,
    // On Agree the CRM rules follow the last term.
    next: following
      ? `${following.term || "Unnamed term"}`
      : screen === "agreement"
        ? `CRM rule ${RULE_NAMES[CRM_RULE_TOPICS[0]].title}`
        : nextPhaseText,
    votes:
      screen === "agreement"
        ? { termId: term.id, cast: term.consensus.votes.length, revealed: cue.revealed.includes(term.id) }
        : null,
  };
}

/** On Agree, a CRM rule in focus: its place among the rules, the next rule, and the votes on it. */
function ruleLine(w: Workshop, cue: RoomCue, topic: CrmRuleTopic, label: string, nextPhase: string): PresenterLine {
  const id = ruleSubjectId(topic);
  const place = CRM_RULE_TOPICS.indexOf(topic);
  const following = CRM_RULE_TOPICS[place + 1];
  const { consensus } = w.crmAgreement[topic];
  return {
    now: cue.blank
      ? "Blank"
      : `${label}: CRM rule ${RULE_NAMES[topic].title} (${place + 1} of ${CRM_RULE_TOPICS.length})`,
    next: following ? `CRM rule ${RULE_NAMES[following].title}` : nextPhase,
    votes: { termId: id, cast: consensus.votes.length, revealed: cue.revealed.includes(id) },
  };
}
