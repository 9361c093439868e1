import { newId } from "./ids";
import type { Participant, Workshop } from "./model";
import { ok, type Problem, type Result, refuse } from "./result";

export type ParticipantInit = Omit<Participant, "id">;

function checkTeam(w: Workshop, teamId: string, path: string): Result<true> {
  return w.teams.some((t) => t.id === teamId) ? ok(true) : refuse(path, `There is no team with id "${teamId}".`);
}

export function addParticipant(w: Workshop, init: ParticipantInit, makeId = newId): Result {
  const team = checkTeam(w, init.teamId, "teamId");
  if (!team.ok) return team;
  return ok({ ...w, participants: [...w.participants, { id: makeId(), ...init }] });
}

export function addParticipants(w: Workshop, inits: ParticipantInit[], makeId = newId): Result {
  let next = w;
  for (const init of inits) {
    const added = addParticipant(next, init, makeId);
    if (!added.ok) return added;
    next = added.value;
  }
  return ok(next);
}

export function updateParticipant(w: Workshop, participantId: string, patch: Partial<ParticipantInit>): Result {
  const index = w.participants.findIndex((p) => p.id === participantId);
  if (index < 0) return refuse("participantId", `There is no participant with id "${participantId}".`);
  if (patch.teamId !== undefined) {
    const team = checkTeam(w, patch.teamId, `$.participants[${index}].teamId`);
    if (!team.ok) return team;
  }
  return ok({
    ...w,
    participants: w.participants.map((p) => (p.id === participantId ? { ...p, ...patch, id: p.id } : p)),
  });
}

/** Refused once the person has signed: a signature must keep pointing at who gave it. */
export function removeParticipant(w: Workshop, participantId: string): Result {
  const index = w.participants.findIndex((p) => p.id === participantId);
  if (index < 0) return refuse("participantId", `There is no participant with id "${participantId}".`);
  if (w.signOff.signatures.some((s) => s.participantId === participantId)) {
    const name = w.participants[index]?.name || "This participant";
    return refuse(`$.participants[${index}]`, `${name} has signed this charter version and cannot be removed.`);
  }
  return ok({ ...w, participants: w.participants.filter((p) => p.id !== participantId) });
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
