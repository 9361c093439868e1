import { checkLength, SHORT_TEXT_MAX } from "./checks";
import { TEAM_COLOURS } from "./create";
import { newId } from "./ids";
import { locate, moveWithin, replaceAt } from "./locate";
import {
  CRM_RULE_TOPICS,
  type CrmAgreement,
  MAX_TEAMS,
  MIN_TEAMS,
  type Owner,
  type Team,
  type Workshop,
} from "./model";
import { ok, type Produced, produced, type Result, refuse } from "./result";

const COLOUR = /^#[0-9a-fA-F]{6}$/;

const findTeam = (w: Workshop, teamId: string) => locate(w.teams, teamId)?.index ?? -1;

/** Its value is the new team's id. */
export function addTeam(
  w: Workshop,
  init: { name?: string; colour?: string } = {},
  makeId = newId,
): Result<Produced<string>> {
  if (w.teams.length >= MAX_TEAMS) {
    return refuse("$.teams", `A workshop has at most ${MAX_TEAMS} teams.`);
  }
  const colour = init.colour ?? TEAM_COLOURS.find((c) => !w.teams.some((t) => t.colour === c)) ?? TEAM_COLOURS[0];
  if (!COLOUR.test(colour)) return refuse("colour", `"${colour}" is not a colour like #0072B2.`);
  const team: Team = { id: makeId(), name: init.name ?? `Team ${w.teams.length + 1}`, colour };
  const tooLong = checkLength("name", "A team name", team.name, SHORT_TEXT_MAX);
  if (tooLong) return refuse(tooLong.path, tooLong.message);
  return produced({ ...w, teams: [...w.teams, team] }, team.id);
}

/** Kept as typed, so a space at the end of a word survives the next keystroke. */
export function renameTeam(w: Workshop, teamId: string, name: string): Result {
  const found = locate(w.teams, teamId);
  if (!found) return refuse("teamId", `There is no team with id "${teamId}".`);
  const tooLong = checkLength(`$.teams[${found.index}].name`, "A team name", name, SHORT_TEXT_MAX);
  if (tooLong) return refuse(tooLong.path, tooLong.message);
  return ok({ ...w, teams: replaceAt(w.teams, found.index, { ...found.item, name }) });
}

export function setTeamColour(w: Workshop, teamId: string, colour: string): Result {
  const index = findTeam(w, teamId);
  if (index < 0) return refuse("teamId", `There is no team with id "${teamId}".`);
  if (!COLOUR.test(colour)) return refuse(`$.teams[${index}].colour`, `"${colour}" is not a colour like #0072B2.`);
  return ok({ ...w, teams: w.teams.map((t) => (t.id === teamId ? { ...t, colour } : t)) });
}

const withoutTeam = (owner: Owner, teamId: string): Owner =>
  owner.teamId === teamId ? { ...owner, teamId: null } : owner;

function omitKey<V>(record: Record<string, V>, key: string): Record<string, V> {
  const { [key]: _dropped, ...rest } = record;
  return rest;
}

/**
 * Refused while people still belong to the team (who signs for them would be
 * lost) and below the minimum; otherwise every reference is cleaned up. What
 * the team typed goes with it, which undo brings back.
 */
export function removeTeam(w: Workshop, teamId: string): Result {
  const found = locate(w.teams, teamId);
  if (!found) return refuse("teamId", `There is no team with id "${teamId}".`);
  const { index, item: team } = found;
  if (w.teams.length <= MIN_TEAMS) {
    return refuse(
      `$.teams[${index}]`,
      `A workshop needs at least ${MIN_TEAMS} teams, so ${team.name} cannot be removed.`,
    );
  }
  const members = w.participants.filter((p) => p.teamId === teamId);
  if (members.length > 0) {
    const names = members.map((p) => p.name || "(unnamed)").join(", ");
    return refuse(
      `$.teams[${index}]`,
      `${team.name} still has participants (${names}): move them to another team or remove them first.`,
    );
  }
  return ok({
    ...w,
    teams: w.teams.filter((t) => t.id !== teamId),
    stages: w.stages.map((s) => ({ ...s, owner: withoutTeam(s.owner, teamId) })),
    transitions: w.transitions.map((t) => ({ ...t, owner: withoutTeam(t.owner, teamId) })),
    terms: w.terms.map((term) => ({
      ...term,
      teamDefinitions: omitKey(term.teamDefinitions, teamId),
      teamSignals: omitKey(term.teamSignals, teamId),
      consensus: { ...term.consensus, votes: term.consensus.votes.filter((v) => v.teamId !== teamId) },
    })),
    // The CRM rules' checks lose the team's votes too, as the terms' do.
    crmAgreement: Object.fromEntries(
      CRM_RULE_TOPICS.map((topic) => {
        const rule = w.crmAgreement[topic];
        const votes = rule.consensus.votes.filter((v) => v.teamId !== teamId);
        return [topic, { ...rule, consensus: { ...rule.consensus, votes } }];
      }),
    ) as CrmAgreement,
    kpis: w.kpis.map((k) => (k.ownerTeamId === teamId ? { ...k, ownerTeamId: null } : k)),
    feedbackLoop: w.feedbackLoop.filter((f) => f.fromTeamId !== teamId && f.toTeamId !== teamId),
  });
}

export function moveTeam(w: Workshop, teamId: string, toIndex: number): Result {
  const index = findTeam(w, teamId);
  if (index < 0) return refuse("teamId", `There is no team with id "${teamId}".`);
  const teams = moveWithin(w.teams, index, toIndex);
  return ok(teams === w.teams ? w : { ...w, teams: [...teams] });
}
