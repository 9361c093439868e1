import { childPath } from "./json-path";
import { byId } from "./locate";
import type { Workshop } from "./model";
import { referenceCheck } from "./reference-check";
import type { Problem } from "./result";

/**
 * What a schema cannot say: ids are unique across the whole document, every
 * reference points at something in it, each stage has at most one term, and
 * a person votes with their own team. Assumes the document already passed
 * WorkshopSchema.
 */
export function checkReferences(w: Workshop, root = "$"): Problem[] {
  const teamIds = new Set(w.teams.map((t) => t.id));
  const check = referenceCheck(
    {
      team: teamIds,
      participant: w.participants.map((p) => p.id),
      stage: w.stages.map((s) => s.id),
      term: w.terms.map((t) => t.id),
    },
    "workshop",
  );
  const { problems, refer } = check;
  const at = (...keys: PropertyKey[]) => keys.reduce<string>(childPath, root);

  check.unique(at("teams"), w.teams);
  check.unique(at("participants"), w.participants);
  check.unique(at("stages"), w.stages);
  check.unique(at("transitions"), w.transitions);
  check.unique(at("terms"), w.terms);
  check.unique(at("kpis"), w.kpis);
  check.unique(at("feedbackLoop"), w.feedbackLoop);
  check.unique(at("decisions"), w.decisions);
  check.unique(at("parkingLot"), w.parkingLot);
  check.unique(at("signOff", "signatures"), w.signOff.signatures);

  for (const [i, p] of w.participants.entries()) refer(at("participants", i, "teamId"), "team", p.teamId);
  for (const [i, s] of w.stages.entries()) refer(at("stages", i, "owner", "teamId"), "team", s.owner.teamId);
  for (const [i, t] of w.transitions.entries()) {
    refer(at("transitions", i, "from"), "stage", t.from);
    refer(at("transitions", i, "to"), "stage", t.to);
    refer(at("transitions", i, "owner", "teamId"), "team", t.owner.teamId);
  }
  const termOfStage = new Map<string, string>();
  for (const [i, t] of w.terms.entries()) {
    refer(at("terms", i, "stageId"), "stage", t.stageId);
    if (t.stageId !== null) {
      const earlier = termOfStage.get(t.stageId);
      if (earlier === undefined) termOfStage.set(t.stageId, at("terms", i));
      else {
        problems.push({
          path: at("terms", i, "stageId"),
          message: `names stage "${t.stageId}", which ${earlier} already names; a stage has one term`,
        });
      }
    }
    for (const field of ["teamDefinitions", "teamSignals"] as const) {
      for (const teamId of Object.keys(t[field])) {
        if (!teamIds.has(teamId)) {
          problems.push({
            path: at("terms", i, field, teamId),
            message: `belongs to team "${teamId}", which is not in this workshop`,
          });
        }
      }
    }
    for (const [j, v] of t.consensus.votes.entries()) {
      const vote = (key: string) => at("terms", i, "consensus", "votes", j, key);
      refer(vote("teamId"), "team", v.teamId);
      refer(vote("participantId"), "participant", v.participantId);
      const person = v.participantId === null ? undefined : byId(w.participants, v.participantId);
      if (person && person.teamId !== v.teamId) {
        problems.push({ path: vote("teamId"), message: `is not the team of participant "${person.id}", who cast it` });
      }
    }
  }
  for (const [i, k] of w.kpis.entries()) refer(at("kpis", i, "ownerTeamId"), "team", k.ownerTeamId);
  for (const [i, f] of w.feedbackLoop.entries()) {
    refer(at("feedbackLoop", i, "fromTeamId"), "team", f.fromTeamId);
    refer(at("feedbackLoop", i, "toTeamId"), "team", f.toTeamId);
  }
  for (const [i, d] of w.decisions.entries()) refer(at("decisions", i, "termId"), "term", d.termId);
  for (const [i, s] of w.signOff.signatures.entries()) {
    refer(at("signOff", "signatures", i, "participantId"), "participant", s.participantId);
  }
  return problems;
}
