import { checkLength, checkTeam, firstProblem, SHORT_TEXT_MAX } from "./checks";
import { newId } from "./ids";
import { locate, replaceAt } from "./locate";
import {
  type Consensus,
  CRM_RULE_TOPICS,
  type CrmAgreement,
  type Participant,
  type Vote,
  type Workshop,
} from "./model";
import { ok, type Problem, type Produced, produced, type Result, refuse } from "./result";

export type ParticipantInit = Omit<Participant, "id">;

const castBy = (consensus: Consensus, participantId: string) =>
  consensus.votes.some((v) => v.participantId === participantId);

function changedIn<T extends { consensus: Consensus }>(
  item: T,
  participantId: string,
  change: (vote: Vote) => Vote,
): T {
  if (!castBy(item.consensus, participantId)) return item;
  const votes = item.consensus.votes.map((v) => (v.participantId === participantId ? change(v) : v));
  return { ...item, consensus: { ...item.consensus, votes } };
}

/**
 * Every vote this person cast changed, on the terms and on the CRM rules;
 * the same lists when they cast none.
 */
function withVotesOf(w: Workshop, participantId: string, change: (vote: Vote) => Vote) {
  const terms = w.terms.some((t) => castBy(t.consensus, participantId))
    ? w.terms.map((t) => changedIn(t, participantId, change))
    : w.terms;
  const crmAgreement = CRM_RULE_TOPICS.some((topic) => castBy(w.crmAgreement[topic].consensus, participantId))
    ? (Object.fromEntries(
        CRM_RULE_TOPICS.map((topic) => [topic, changedIn(w.crmAgreement[topic], participantId, change)]),
      ) as CrmAgreement)
    : w.crmAgreement;
  return { terms, crmAgreement };
}

function checkParticipant(w: Workshop, p: Participant, prefix: string) {
  return firstProblem(
    checkTeam(w, `${prefix}teamId`, p.teamId),
    checkLength(`${prefix}name`, "A name", p.name, SHORT_TEXT_MAX),
    checkLength(`${prefix}role`, "A role", p.role, SHORT_TEXT_MAX),
  );
}

/** Its value is the new participant's id. */
export function addParticipant(w: Workshop, init: ParticipantInit, makeId = newId): Result<Produced<string>> {
  const person: Participant = { id: makeId(), ...init };
  const invalid = checkParticipant(w, person, "");
  if (invalid) return invalid;
  return produced({ ...w, participants: [...w.participants, person] }, person.id);
}

export function addParticipants(w: Workshop, inits: ParticipantInit[], makeId = newId): Result {
  let next = w;
  for (const init of inits) {
    const added = addParticipant(next, init, makeId);
    if (!added.ok) return added;
    next = added.value.workshop;
  }
  return ok(next);
}

export function updateParticipant(w: Workshop, participantId: string, patch: Partial<ParticipantInit>): Result {
  const found = locate(w.participants, participantId);
  if (!found) return refuse("participantId", `There is no participant with id "${participantId}".`);
  const person = { ...found.item, ...patch, id: found.item.id };
  const invalid = checkParticipant(w, person, `$.participants[${found.index}].`);
  if (invalid) return invalid;
  const participants = replaceAt(w.participants, found.index, person);
  if (person.teamId === found.item.teamId) return ok({ ...w, participants });
  // A vote is the person's: it moves to their new team with them.
  return ok({
    ...w,
    participants,
    ...withVotesOf(w, participantId, (v) => ({ ...v, teamId: person.teamId })),
  });
}

/** Refused once the person has signed: a signature must keep pointing at who gave it. */
export function removeParticipant(w: Workshop, participantId: string): Result {
  const found = locate(w.participants, participantId);
  if (!found) return refuse("participantId", `There is no participant with id "${participantId}".`);
  if (w.signOff.signatures.some((s) => s.participantId === participantId)) {
    const name = found.item.name || "This participant";
    return refuse(`$.participants[${found.index}]`, `${name} has signed this charter version and cannot be removed.`);
  }
  // Their votes stay, counted for their team, as if keyed in for it.
  const votes = withVotesOf(w, participantId, (v) => ({ ...v, participantId: null }));
  return ok({ ...w, participants: w.participants.filter((p) => p.id !== participantId), ...votes });
}

export interface ParsedParticipants {
  participants: ParticipantInit[];
  problems: Problem[];
}

const SIGNS = /^(yes|y|signs?|signatory|true|x|✓)$/i;

/**
 * Reads pasted "name, role, team" lines (tabs from a spreadsheet work too; an
 * optional fourth column marks a signatory). Good lines are kept even when
 * others have problems, so one typo never throws the list away.
 */
export function parseParticipantLines(text: string, w: Workshop): ParsedParticipants {
  const participants: ParticipantInit[] = [];
  const problems: Problem[] = [];
  const teamNames = w.teams.map((t) => t.name).join(", ");
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    const cells = line.split(line.includes("\t") ? "\t" : ",").map((c) => c.trim());
    const [name = "", role = "", teamName = "", signs = ""] = cells;
    const where = `line ${i + 1}`;
    if (name === "") {
      problems.push({ path: where, message: `Line ${i + 1} has no name.` });
      return;
    }
    const team = w.teams.find((t) => t.name.toLowerCase() === teamName.toLowerCase());
    if (!team) {
      const said = teamName === "" ? "no team" : `team "${teamName}"`;
      problems.push({ path: where, message: `Line ${i + 1} (${name}) has ${said}; the teams are ${teamNames}.` });
      return;
    }
    participants.push({ name, role, teamId: team.id, signatory: SIGNS.test(signs) });
  });
  return { participants, problems };
}
