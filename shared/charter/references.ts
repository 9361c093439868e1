import { childPath } from "../workshop/json-path";
import { referenceCheck } from "../workshop/reference-check";
import type { Problem } from "../workshop/result";
import type { CharterFile } from "./format";

/**
 * What the schema cannot say: ids are unique within the file, and every
 * teamId, stageId, from, to, termId and participantId names something in it.
 * Assumes the file already passed CharterFileSchema.
 */
export function checkCharterReferences(file: CharterFile): Problem[] {
  const c = file.charter;
  const at = (...keys: PropertyKey[]) => keys.reduce<string>(childPath, "$.charter");
  const check = referenceCheck(
    {
      team: c.teams.map((t) => t.id),
      participant: c.participants.map((p) => p.id),
      stage: c.stages.map((s) => s.id),
      term: c.terms.map((t) => t.id),
    },
    "charter",
  );
  const { problems, refer } = check;
  check.claim(at("id"), c.id);
  const lists = [
    "teams",
    "participants",
    "stages",
    "transitions",
    "terms",
    "kpis",
    "feedbackLoop",
    "decisions",
    "openItems",
  ] as const;
  for (const list of lists) check.unique(at(list), c[list]);

  for (const [i, p] of c.participants.entries()) refer(at("participants", i, "teamId"), "team", p.teamId);
  for (const [i, s] of c.stages.entries()) refer(at("stages", i, "owner", "teamId"), "team", s.owner.teamId);
  for (const [i, t] of c.transitions.entries()) {
    refer(at("transitions", i, "from"), "stage", t.from);
    refer(at("transitions", i, "to"), "stage", t.to);
    refer(at("transitions", i, "owner", "teamId"), "team", t.owner.teamId);
  }
  for (const [i, t] of c.terms.entries()) {
    refer(at("terms", i, "stageId"), "stage", t.stageId);
    for (const [j, d] of t.teamDefinitions.entries())
      refer(at("terms", i, "teamDefinitions", j, "teamId"), "team", d.teamId);
  }
  for (const [i, k] of c.kpis.entries()) refer(at("kpis", i, "ownerTeamId"), "team", k.ownerTeamId);
  for (const [i, f] of c.feedbackLoop.entries()) {
    refer(at("feedbackLoop", i, "fromTeamId"), "team", f.fromTeamId);
    refer(at("feedbackLoop", i, "toTeamId"), "team", f.toTeamId);
  }
  for (const [i, d] of c.decisions.entries()) refer(at("decisions", i, "termId"), "term", d.termId);
  for (const [i, s] of file.signOff.signatures.entries()) {
    refer(childPath(`$.signOff.signatures[${i}]`, "participantId"), "participant", s.participantId);
    refer(childPath(`$.signOff.signatures[${i}]`, "teamId"), "team", s.teamId);
  }
  return problems;
}
